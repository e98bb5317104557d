package io.pareto.review;

/** PENDING until scored; SUBMITTED awaits a manager; ACCEPTED / REJECTED are decided. */
public enum ReviewStatus {
  PENDING,
  SUBMITTED,
  ACCEPTED,
  REJECTED;

  public boolean done() {
    return this != PENDING;
  }
}
