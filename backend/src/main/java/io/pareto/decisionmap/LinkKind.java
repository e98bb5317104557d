package io.pareto.decisionmap;

/** Informal influence between two contacts, beside the formal reportsTo line. */
public enum LinkKind {
  /** from influences to's opinion. */
  INFLUENCES,
  ALLY,
  RIVAL
}
