package io.pareto.timeline;

/** What happened on an account's timeline. */
public enum TimelineKind {
  /** A visit, call, meeting or e-mail (subtype: the activity kind). */
  ACTIVITY,
  /** A deal moved between stages (from/to: stage codes). */
  STAGE_CHANGE,
  /** A classification run changed the account's category (from/to: category codes). */
  CLASSIFICATION_CHANGE,
  /**
   * The account plan, an objective or an action was created, changed or deleted (subtype: what,
   * detail: how).
   */
  PLAN_CHANGE,
  /**
   * The account moved into or out of the customer pool (subtype: RETURN, CLAIM, ASSIGN or RELEASE;
   * title: the owner it went to, or came from; detail: the reason given for a release).
   */
  POOL_MOVE
}
