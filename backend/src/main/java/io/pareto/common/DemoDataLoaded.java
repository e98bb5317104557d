package io.pareto.common;

import java.util.List;

/**
 * Fired after the base demo dataset is in, inside the same transaction, so features that come later
 * (plans, decision maps, pipeline history) can add their demo data with @Observes.
 */
public record DemoDataLoaded(List<Long> accountIds, long seed) {}
