package io.pareto.plan;

public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANCELLED
}
