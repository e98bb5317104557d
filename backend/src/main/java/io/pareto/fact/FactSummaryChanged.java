package io.pareto.fact;

/**
 * Fired synchronously inside the transaction that changed account_fact_summary, with its lock held
 * ({@link FactSummaries#lock()}): for what is derived from the summary in turn.
 */
public record FactSummaryChanged() {}
