package io.pareto.decisionmap;

import io.pareto.contact.BuyingRole;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw rows one map is drawn from, in the layouts of {@link DecisionMapQueries}: now, or
 * replayed to a past day.
 */
record MapRows(
    List<Object[]> contacts,
    Map<Long, Set<BuyingRole>> roles,
    List<Object[]> links,
    List<Object[]> owners) {}
