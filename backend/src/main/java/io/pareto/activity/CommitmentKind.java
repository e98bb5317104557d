package io.pareto.activity;

/**
 * What a promise is about. VOLUME, TARGET, REFERENCE and EXCLUSIVITY are the customer commitments a
 * concession may be traded for (docs/method.md §8); FOLLOW_UP is our side's next step after a visit
 * (§10).
 */
public enum CommitmentKind {
  VOLUME,
  TARGET,
  REFERENCE,
  EXCLUSIVITY,
  FOLLOW_UP,
  OTHER;

  public boolean tradable() {
    return this == VOLUME || this == TARGET || this == REFERENCE || this == EXCLUSIVITY;
  }
}
