package io.pareto.dataset;

import java.time.Instant;

/**
 * Fired synchronously, inside the import's transaction, after a bulk import wrote its rows (never
 * on a dry run). Features that keep derived tables (summaries of facts, deals, contacts) observe it
 * and refresh the rows whose {@code updated_at} is at or after {@code since}, in one set-based
 * statement.
 */
public record DatasetImported(Dataset dataset, Instant since) {}
