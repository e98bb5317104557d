package io.pareto.plan;

/** One ACTIVE plan per account; earlier plans stay as ARCHIVED history. */
public enum PlanStatus {
  ACTIVE,
  ARCHIVED
}
