package io.pareto.search;

/** What a search hit is. */
public enum SearchKind {
  ACCOUNT,
  CONTACT,
  OPPORTUNITY,
  USER
}
