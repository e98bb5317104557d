package io.pareto.token;

/** What a personal API token may do; its user's role still limits it further. */
public enum TokenScope {
  READ_ONLY,
  READ_WRITE
}
