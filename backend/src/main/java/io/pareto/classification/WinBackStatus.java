package io.pareto.classification;

/** How winning a LOST account back goes. */
public enum WinBackStatus {
  NOT_STARTED,
  IN_PROGRESS,
  WON_BACK,
  ABANDONED
}
