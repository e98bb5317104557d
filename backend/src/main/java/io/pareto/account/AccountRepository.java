package io.pareto.account;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.SortSpec;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, Long> {
  static final Map<String, String> SORTS = Map.ofEntries(
      Map.entry("name", "a.name"), Map.entry("category", "a.category"), Map.entry("industry", "a.industry.code"),
      Map.entry("region", "a.region"), Map.entry("strategicValue", "a.strategicValue"),
      Map.entry("estimatedAnnualPotential", "a.estimatedAnnualPotential"), Map.entry("externalId", "a.externalId"),
      Map.entry("createdAt", "a.createdAt"), Map.entry("updatedAt", "a.updatedAt"));

  /** One page: one query for the rows (owner fetched along) and one for the total. */
  public Page<Account> page(AccountScope scope, AccountFilter f, PageRequest page) {
    StringBuilder where = new StringBuilder(" where ").append(scope.jpql("a"));
    Map<String, Object> params = new HashMap<>(scope.params());
    if (f.q != null && !f.q.isBlank()) {
      where.append(" and (lower(a.name) like :q or lower(a.externalId) like :q)");
      params.put("q", "%" + f.q.trim().toLowerCase() + "%");
    }
    if (f.category != null) { where.append(" and a.category = :category"); params.put("category", f.category); }
    if (f.industry != null) { where.append(" and a.industry.code = :industry"); params.put("industry", f.industry); }
    if (f.ownerId != null) { where.append(" and a.owner.id = :owner"); params.put("owner", f.ownerId); }
    if (f.kaKind != null) { where.append(" and a.kaKind = :kaKind"); params.put("kaKind", f.kaKind); }
    if (f.region != null) { where.append(" and a.region = :region"); params.put("region", f.region); }
    String order = SortSpec.orderBy(page.sort, SORTS, "name", "a.id");
    TypedQuery<Account> rows = getEntityManager()
        .createQuery("select a from Account a left join fetch a.owner" + where + order, Account.class);
    TypedQuery<Long> count = getEntityManager().createQuery("select count(a) from Account a" + where, Long.class);
    params.forEach((k, v) -> { rows.setParameter(k, v); count.setParameter(k, v); });
    List<Account> items = rows.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
    return new Page<>(items, page.page, page.size, count.getSingleResult());
  }

  /** The account if it exists and the caller may see it; otherwise empty (the resource says 404). */
  public Optional<Account> findVisible(AccountScope scope, long id) {
    var q = getEntityManager().createQuery(
        "select a from Account a left join fetch a.owner where a.id = :id and " + scope.jpql("a"), Account.class)
        .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public Optional<Account> findByExternalId(String externalId) {
    return find("externalId", externalId).firstResultOptional();
  }
}
