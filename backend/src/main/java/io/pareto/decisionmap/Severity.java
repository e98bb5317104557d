package io.pareto.decisionmap;

/** How urgently a gap needs work; declared most severe first. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW
}
