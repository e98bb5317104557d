package io.pareto.team;

/**
 * What counts towards a sales target: the amount of deals won, or collected, in the period
 * (pareto.targets.basis).
 */
public enum AttainmentBasis {
  WON,
  COLLECTED
}
