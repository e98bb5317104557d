package io.pareto.classification;

/** Where an account's category came from. */
public enum Source {
  POLICY,
  OVERRIDE
}
