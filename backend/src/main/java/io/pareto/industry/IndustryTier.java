package io.pareto.industry;

/**
 * How closely the company follows an industry (docs/method.md §2: five major, five minor, five
 * tracked).
 */
public enum IndustryTier {
  MAJOR,
  MINOR,
  TRACKED
}
