package io.pareto.pipeline;

import io.pareto.common.Keyset;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class OpportunityRepository implements PanacheRepositoryBase<Opportunity, Long> {
  private static final Set<String> NULLABLE = Set.of("amount", "expectedCloseDate");

  static final Map<String, String> SORTS =
      Map.of(
          "name",
          "o.name",
          "amount",
          "o.amount",
          "stage",
          "o.stage",
          "expectedCloseDate",
          "o.expectedCloseDate",
          "createdAt",
          "o.createdAt",
          "updatedAt",
          "o.updatedAt");

  private static final String FROM =
      " from Opportunity o join fetch o.account a left join fetch o.owner";

  /** Deals by id with what their DTO shows, in one statement; no scope (callers own the ids). */
  public List<Opportunity> withAccountAndOwner(List<Long> ids) {
    return getEntityManager()
        .createQuery("select o" + FROM + " where o.id in :ids order by o.id", Opportunity.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<Opportunity> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select o" + FROM + " where o.id = :id and " + scope.jpql("a"), Opportunity.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public Page<Opportunity> page(AccountScope scope, OpportunityFilter f, PageRequest page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    String where = where(scope, f, params);
    return Keyset.of(page, SORTS, NULLABLE, "-updatedAt", "o.id")
        .page(
            getEntityManager(),
            Opportunity.class,
            "o",
            FROM.trim(),
            "from Opportunity o join o.account a",
            where,
            params,
            page);
  }

  /** A Kanban column's head: how many deals match in the stage and their amount. */
  public record StageTotal(Stage stage, long deals, BigDecimal amount) {}

  /** Kanban columns: per stage the count and amount of every match (one statement). */
  public List<StageTotal> boardTotals(AccountScope scope, OpportunityFilter f) {
    Map<String, Object> params = new HashMap<>(scope.params());
    String where = where(scope, f, params);
    var totals =
        getEntityManager()
            .createQuery(
                "select o.stage as stage, count(o) as deals, coalesce(sum(o.amount), 0) as amount"
                    + " from Opportunity o join o.account a"
                    + where
                    + " group by o.stage",
                Tuple.class);
    params.forEach(totals::setParameter);
    return Rows.as(StageTotal.class, totals.getResultList());
  }

  /** Each Kanban column's first {@code size} deals, newest change first (2 statements). */
  public List<Opportunity> boardDeals(AccountScope scope, OpportunityFilter f, int size) {
    Map<String, Object> params = new HashMap<>(scope.params());
    String where = where(scope, f, params);
    // Ranked in the database, not in Java, like the list.
    var firstIds =
        getEntityManager()
            .createQuery(
                "select x.id from (select o.id id, row_number() over"
                    + " (partition by o.stage order by o.updatedAt desc, o.id) rn from Opportunity o join o.account a"
                    + where
                    + ") x where x.rn <= :boardSize",
                Long.class);
    params.forEach(firstIds::setParameter);
    firstIds.setParameter("boardSize", size);
    List<Long> ids = firstIds.getResultList();
    return ids.isEmpty()
        ? List.of()
        : getEntityManager()
            .createQuery(
                "select o" + FROM + " where o.id in :ids order by o.updatedAt desc, o.id",
                Opportunity.class)
            .setParameter("ids", ids)
            .getResultList();
  }

  private static String where(AccountScope scope, OpportunityFilter f, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where ").append(scope.jpql("a"));
    if (f.accountId != null) {
      where.append(" and a.id = :acc");
      params.put("acc", f.accountId);
    }
    if (f.stage != null) {
      where.append(" and o.stage = :stage");
      params.put("stage", f.stage);
    }
    if (f.ownerId != null) {
      where.append(" and o.owner.id = :owner");
      params.put("owner", f.ownerId);
    }
    if (f.closeFrom != null) {
      where.append(" and o.expectedCloseDate >= :closeFrom");
      params.put("closeFrom", f.closeFrom);
    }
    if (f.closeTo != null) {
      where.append(" and o.expectedCloseDate <= :closeTo");
      params.put("closeTo", f.closeTo);
    }
    if (f.q != null && !f.q.isBlank()) {
      where.append(" and lower(o.name) like :q");
      params.put("q", "%" + f.q.trim().toLowerCase() + "%");
    }
    return where.toString();
  }

  public Optional<Opportunity> findByExternalId(String externalId) {
    return find("externalId", externalId).firstResultOptional();
  }
}
