package io.pareto.decisionmap;

import io.pareto.contact.Layer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * THE gap rules of the decision map (docs/method.md §6). Each rule counts its findings from {@link
 * MapFacts}; the Java count serves the single map, {@link #sql()} the portfolio, both derived from
 * the same definition. Declared in report order: HIGH first.
 */
public enum GapRule {
  NO_DECISION_LAYER_CONTACT(
      Severity.HIGH,
      Kind.ABSENT,
      ContactCondition.NAMED_DECISION,
      "Identify and meet the head of the deciding department (决策层)."),
  NO_DECISION_MAKER(
      Severity.HIGH,
      Kind.ABSENT,
      ContactCondition.DECISION_MAKER,
      "Find out who signs off the purchase and get an introduction."),
  DECISION_MAKER_OPPOSED(
      Severity.HIGH,
      Kind.EACH,
      ContactCondition.DECISION_MAKER_OPPOSED,
      "Understand the objection; plan an executive meeting or have an ally answer it."),
  WEAK_DECISION_RELATIONSHIP(
      Severity.HIGH,
      Kind.ABSENT,
      ContactCondition.STRONG_AT_TOP,
      "Build and keep a close relationship (closeness ≥ 4, contacted recently) with a decision or executive contact."),
  COMPETITOR_CLOSE_TO_DECISION_MAKER(
      Severity.HIGH,
      Kind.EACH,
      ContactCondition.COMPETITOR_CLOSE,
      "A competitor's rep is close to a key person: plan how to neutralise that relationship."),
  NO_COACH(
      Severity.MEDIUM,
      Kind.ABSENT,
      ContactCondition.COACH,
      "Develop an insider (内线) who tells you how the decision is really made."),
  SINGLE_THREADED(
      Severity.MEDIUM,
      Kind.SINGLE_THREADED,
      null,
      "Add a second close contact and a second colleague who holds a relationship."),
  STALE_KEY_CONTACT(
      Severity.MEDIUM,
      Kind.EACH,
      ContactCondition.STALE,
      "Book a visit: a decision maker or influencer has not been contacted recently."),
  UNIDENTIFIED_KEY_PERSON(
      Severity.MEDIUM,
      Kind.EACH,
      ContactCondition.PLACEHOLDER,
      "Find out who this person is and arrange a first meeting."),
  LAYER_UNCOVERED(
      Severity.LOW, Kind.LAYERS_ABSENT, null, "Name at least one contact in this layer.");

  /** How a rule turns facts into a number of findings. */
  enum Kind {
    ABSENT,
    EACH,
    LAYERS_ABSENT,
    SINGLE_THREADED
  }

  final Severity severity;
  final Kind kind;

  /** For ABSENT: the fact that must be present; for EACH: one finding per contact matching it. */
  final ContactCondition fact;

  final String action;

  GapRule(Severity severity, Kind kind, ContactCondition fact, String action) {
    this.severity = severity;
    this.kind = kind;
    this.fact = fact;
    this.action = action;
  }

  public Severity severity() {
    return severity;
  }

  public String messageKey() {
    return "gap." + name();
  }

  public String actionKey() {
    return "gap." + name() + ".action";
  }

  public String action() {
    return action;
  }

  /** Number of findings of this rule in an account. */
  public int count(MapFacts f) {
    return switch (kind) {
      case ABSENT -> f.count(fact) == 0 ? 1 : 0;
      case EACH -> f.count(fact);
      case LAYERS_ABSENT ->
          (int)
              Arrays.stream(Layer.values())
                  .filter(l -> f.count(ContactCondition.named(l)) == 0)
                  .count();
      // Fewer than two close contacts, or fewer than two of our users holding relationships with
      // them.
      case SINGLE_THREADED ->
          f.count(ContactCondition.CLOSE) < 2 || !f.closeHeldByTwoUsers() ? 1 : 0;
    };
  }

  /** The same count as an SQL expression over the aggregate columns (f_*, close_owner_min/max). */
  public String sql() {
    return switch (kind) {
      case ABSENT -> "(case when " + fact.column() + " = 0 then 1 else 0 end)";
      case EACH -> fact.column();
      case LAYERS_ABSENT ->
          Arrays.stream(Layer.values())
              .map(
                  l ->
                      "(case when "
                          + ContactCondition.named(l).column()
                          + " = 0 then 1 else 0 end)")
              .collect(Collectors.joining(" + ", "(", ")"));
      case SINGLE_THREADED ->
          "(case when "
              + ContactCondition.CLOSE.column()
              + " < 2 or close_owner_min is null "
              + "or close_owner_min = close_owner_max then 1 else 0 end)";
    };
  }

  /** The aggregate column the portfolio names this rule's count. */
  String column() {
    return "g_" + name().toLowerCase();
  }
}
