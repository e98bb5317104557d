package io.pareto.activity;

public enum ActivityKind {
  VISIT,
  CALL,
  MEETING,
  EMAIL
}
