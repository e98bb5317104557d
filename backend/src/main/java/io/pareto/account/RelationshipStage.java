package io.pareto.account;

/** Relationship stages of docs/method.md §9: 建立 → 稳定 → 加强. */
public enum RelationshipStage {
  ESTABLISHING,
  STABILISING,
  STRENGTHENING
}
