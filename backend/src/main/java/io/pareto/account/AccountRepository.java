package io.pareto.account;

import io.pareto.common.Keyset;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.SearchKey;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, Long> {
  /** Sort fields → property paths, prefixed with the query's alias by {@link #sorts}. */
  private static final Map<String, String> SORT_PATHS =
      Map.ofEntries(
          Map.entry("name", "sortKey"),
          Map.entry("category", "category"),
          Map.entry("industry", "industry.code"),
          Map.entry("region", "region"),
          Map.entry("strategicValue", "strategicValue"),
          Map.entry("estimatedAnnualPotential", "estimatedAnnualPotential"),
          Map.entry("externalId", "externalId"),
          Map.entry("createdAt", "createdAt"),
          Map.entry("updatedAt", "updatedAt"));

  /** Sort fields whose column may be null (they sort last ascending). */
  private static final Set<String> NULLABLE =
      Set.of("industry", "region", "strategicValue", "estimatedAnnualPotential", "externalId");

  static Map<String, String> sorts(String alias) {
    Map<String, String> out = new HashMap<>();
    SORT_PATHS.forEach((field, path) -> out.put(field, alias + "." + path));
    return out;
  }

  /**
   * One page in one statement: the rows query picks the page's ids first (an index-only scan for
   * the usual filter + sort), reads only those rows with their owners straight into DTOs (a
   * read-only page has no use for managed entities), and carries the total as an uncorrelated
   * scalar subquery, which both databases evaluate once. Only a page past the end, which has no row
   * to carry it, counts apart.
   */
  public Page<AccountDto> page(AccountScope scope, AccountFilter f, PageRequest page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    String where = where(scope, f, "a", params);
    Keyset keys = Keyset.of(page, sorts("a"), NULLABLE, "name", "a.id");
    Keyset outer = keys.rebased(e -> "p" + e.substring(1));
    // offset and size as literals (validated ints): as bind parameters PostgreSQL's generic plan
    // for a reused statement cannot see that the subquery yields 50 ids and scans the whole table
    // instead. One row past the page tells whether a next page exists.
    String ids =
        "select a.id from Account a"
            + where
            + keys.predicate()
            + keys.orderBy()
            + (keys.hasCursor() ? "" : " offset " + (long) page.page * page.size + " rows")
            + " fetch first "
            + (page.size + 1)
            + " rows only";
    String count = "select count(c) from Account c" + where(scope, f, "c", params);
    TypedQuery<Tuple> rows =
        getEntityManager()
            .createQuery(
                "select new io.pareto.account.AccountDto(p.id,"
                    + " p.externalId, p.name, p.industry.code, p.region, o.id, o.name, p.kaKind, p.relationshipStage,"
                    + " p.procurementMode, p.purchasePattern, p.estimatedAnnualPotential, p.strategicValue, p.category,"
                    + " p.createdAt, p.updatedAt, p.version, p.creditCode) as account, ("
                    + count
                    + ") as total, "
                    + outer.selectKeys()
                    + " from Account p left join p.owner o"
                    + " where p.id in ("
                    + ids
                    + ")"
                    + outer.orderBy(),
                Tuple.class);
    params.forEach(rows::setParameter);
    keys.bind(rows);
    List<Tuple> result = rows.getResultList();
    String next = null;
    if (result.size() > page.size) {
      result = result.subList(0, page.size);
      next = keys.cursor(result.get(page.size - 1));
    }
    List<AccountDto> items = result.stream().map(r -> r.get("account", AccountDto.class)).toList();
    long total;
    if (!result.isEmpty()) total = result.get(0).get("total", Long.class);
    else if (page.page == 0 && !keys.hasCursor()) total = 0;
    else {
      TypedQuery<Long> alone = getEntityManager().createQuery(count, Long.class);
      params.forEach(alone::setParameter);
      total = alone.getSingleResult();
    }
    return new Page<>(items, page.page, page.size, total, next);
  }

  /**
   * The filter as a WHERE clause over the alias {@code a}, adding its parameters (shared by every
   * alias) to params.
   */
  private static String where(
      AccountScope scope, AccountFilter f, String a, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where ").append(scope.jpql(a));
    if (f.q != null && !f.q.isBlank()) {
      // the name, its pinyin or initials (SearchKey), the external id, or the owner's name
      where.append(
          " and ("
              + a
              + ".searchKey like :q escape '\\' or lower("
              + a
              + ".externalId) like :q escape '\\'"
              + " or "
              + a
              + ".owner.id in (select u.id from AppUser u where u.searchKey like :q escape '\\'))");
      params.put("q", "%" + SearchKey.likeEscaped(SearchKey.normalise(f.q)) + "%");
    }
    if (f.category != null) {
      where.append(" and " + a + ".category = :category");
      params.put("category", f.category);
    }
    if (f.industry != null) {
      where.append(" and " + a + ".industry.code = :industry");
      params.put("industry", f.industry);
    }
    if (f.ownerId != null) {
      where.append(" and " + a + ".owner.id = :owner");
      params.put("owner", f.ownerId);
    }
    if (f.kaKind != null) {
      where.append(" and " + a + ".kaKind = :kaKind");
      params.put("kaKind", f.kaKind);
    }
    if (f.region != null) {
      where.append(" and " + a + ".region = :region");
      params.put("region", f.region);
    }
    return where.toString();
  }

  /**
   * The account if it exists and the caller may see it; otherwise empty (the resource says 404).
   */
  public Optional<Account> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select a from Account a left join fetch a.owner where a.id = :id and "
                    + scope.jpql("a"),
                Account.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public Optional<Account> findByCreditCode(String creditCode) {
    return find("creditCode", creditCode).firstResultOptional();
  }

  public Optional<Account> findByExternalId(String externalId) {
    return find("externalId", externalId).firstResultOptional();
  }
}
