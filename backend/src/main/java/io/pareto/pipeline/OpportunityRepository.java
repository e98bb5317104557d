package io.pareto.pipeline;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.SortSpec;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OpportunityRepository implements PanacheRepositoryBase<Opportunity, Long> {
  static final Map<String, String> SORTS = Map.of("name", "o.name", "amount", "o.amount", "stage", "o.stage",
      "expectedCloseDate", "o.expectedCloseDate", "createdAt", "o.createdAt", "updatedAt", "o.updatedAt");

  private static final String FROM = " from Opportunity o join fetch o.account a left join fetch o.owner";

  public Optional<Opportunity> findVisible(AccountScope scope, long id) {
    var q = getEntityManager().createQuery("select o" + FROM + " where o.id = :id and " + scope.jpql("a"), Opportunity.class)
        .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public Page<Opportunity> page(AccountScope scope, OpportunityFilter f, PageRequest page) {
    StringBuilder where = new StringBuilder(" where ").append(scope.jpql("a"));
    Map<String, Object> params = new HashMap<>(scope.params());
    if (f.accountId != null) { where.append(" and a.id = :acc"); params.put("acc", f.accountId); }
    if (f.stage != null) { where.append(" and o.stage = :stage"); params.put("stage", f.stage); }
    if (f.ownerId != null) { where.append(" and o.owner.id = :owner"); params.put("owner", f.ownerId); }
    if (f.closeFrom != null) { where.append(" and o.expectedCloseDate >= :closeFrom"); params.put("closeFrom", f.closeFrom); }
    if (f.closeTo != null) { where.append(" and o.expectedCloseDate <= :closeTo"); params.put("closeTo", f.closeTo); }
    if (f.q != null && !f.q.isBlank()) { where.append(" and lower(o.name) like :q"); params.put("q", "%" + f.q.trim().toLowerCase() + "%"); }
    String order = SortSpec.orderBy(page.sort, SORTS, "-updatedAt", "o.id");
    var rows = getEntityManager().createQuery("select o" + FROM + where + order, Opportunity.class);
    var count = getEntityManager().createQuery("select count(o) from Opportunity o join o.account a" + where, Long.class);
    params.forEach((k, v) -> { rows.setParameter(k, v); count.setParameter(k, v); });
    return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size).getResultList(),
        page.page, page.size, count.getSingleResult());
  }

  public Optional<Opportunity> findByExternalId(String externalId) {
    return find("externalId", externalId).firstResultOptional();
  }
}
