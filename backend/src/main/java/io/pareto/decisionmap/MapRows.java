package io.pareto.decisionmap;

import io.pareto.contact.BuyingRole;
import io.pareto.decisionmap.DecisionMapQueries.ContactLine;
import io.pareto.decisionmap.DecisionMapQueries.LinkLine;
import io.pareto.decisionmap.DecisionMapQueries.OwnerLine;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows one map is drawn from ({@link DecisionMapQueries}): now, or replayed to a past day. */
record MapRows(
    List<ContactLine> contacts,
    Map<Long, Set<BuyingRole>> roles,
    List<LinkLine> links,
    List<OwnerLine> owners) {}
