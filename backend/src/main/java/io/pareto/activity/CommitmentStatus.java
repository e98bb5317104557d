package io.pareto.activity;

public enum CommitmentStatus {
  OPEN,
  KEPT,
  BROKEN
}
