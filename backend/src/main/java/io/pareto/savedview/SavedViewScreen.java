package io.pareto.savedview;

/** The list screens whose filters can be saved. */
public enum SavedViewScreen {
  ACCOUNTS,
  PIPELINE
}
