package io.pareto.pool;

import io.pareto.account.Category;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.SearchKey;
import io.pareto.common.SortSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pool's read side, in SQL: an account is in the pool while it has no owner. */
@ApplicationScoped
public class PoolQueries {
  private static final Map<String, String> SORTS =
      Map.of(
          "name", "a.sort_key",
          "category", "a.category",
          "pooledAt", "coalesce(a.pooled_at, a.created_at)",
          "lastActivityOn", "last_activity");

  private final EntityManager em;

  public PoolQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * One page in one statement; the latest activity is a correlated subquery over the page's rows
   * only, the total a window count.
   *
   * @param team the pool to list; null lists every pool (admins)
   */
  @SuppressWarnings("unchecked")
  Page<PoolAccountDto> page(Long team, PoolFilter f, PageRequest page) {
    StringBuilder where = new StringBuilder(" where a.owner_id is null");
    Map<String, Object> params = new HashMap<>();
    if (team != null) {
      where.append(" and a.pool_team_id = :team");
      params.put("team", team);
    }
    if (f.q != null && !f.q.isBlank()) {
      where.append(" and a.search_key like :q escape '\\'");
      params.put("q", "%" + SearchKey.likeEscaped(SearchKey.normalise(f.q)) + "%");
    }
    if (f.category != null) {
      where.append(" and a.category = :category");
      params.put("category", f.category.name());
    }
    if (f.reason != null) {
      where.append(
          f.reason == PoolReason.UNOWNED
              ? " and a.pool_reason is null"
              : " and a.pool_reason = :reason");
      if (f.reason != PoolReason.UNOWNED) params.put("reason", f.reason.name());
    }
    var q =
        em.createNativeQuery(
            "select a.id, a.name, a.category, a.industry_code, a.region, a.pool_team_id, t.name,"
                + " a.pool_reason, a.pooled_at, a.previous_owner_id, pu.name,"
                + " (select max(v.occurred_on) from activity v where v.account_id = a.id) as"
                + " last_activity, a.version, count(*) over () as total"
                + " from account a left join team t on t.id = a.pool_team_id"
                + " left join app_user pu on pu.id = a.previous_owner_id"
                + where
                + SortSpec.orderBy(page.sort, SORTS, "-pooledAt", "a.id")
                + " offset "
                + (long) page.page * page.size
                + " rows fetch first "
                + page.size
                + " rows only");
    params.forEach(q::setParameter);
    List<Object[]> rows = q.getResultList();
    List<PoolAccountDto> items = rows.stream().map(PoolQueries::row).toList();
    long total;
    if (!rows.isEmpty()) total = ((Number) rows.get(0)[13]).longValue();
    else if (page.page == 0) total = 0;
    else {
      var c = em.createNativeQuery("select count(*) from account a" + where);
      params.forEach(c::setParameter);
      total = ((Number) c.getSingleResult()).longValue();
    }
    return new Page<>(items, page.page, page.size, total);
  }

  /** An account's pool state, whether or not it is in the pool now; empty when it is gone. */
  record State(
      long id,
      Long ownerId,
      String ownerName,
      Long ownerTeam,
      Long poolTeam,
      Category category,
      boolean claimed,
      long version) {}

  @SuppressWarnings("unchecked")
  Optional<State> state(long accountId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.owner_id, u.name, u.team_id, a.pool_team_id, a.category,"
                    + " a.claimed_at, a.version from account a"
                    + " left join app_user u on u.id = a.owner_id where a.id = :id")
            .setParameter("id", accountId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new State(
                    ((Number) r[0]).longValue(),
                    r[1] == null ? null : ((Number) r[1]).longValue(),
                    (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(),
                    r[4] == null ? null : ((Number) r[4]).longValue(),
                    Category.valueOf(r[5].toString().trim()),
                    r[6] != null,
                    ((Number) r[7]).longValue()));
  }

  /** How many accounts this user holds from the pool (the claim limit counts them). */
  long held(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from account where owner_id = :u and claimed_at is not null")
                .setParameter("u", userId)
                .getSingleResult())
        .longValue();
  }

  private static PoolAccountDto row(Object[] r) {
    return new PoolAccountDto(
        ((Number) r[0]).longValue(),
        (String) r[1],
        Category.valueOf(r[2].toString().trim()),
        (String) r[3],
        (String) r[4],
        r[5] == null ? null : ((Number) r[5]).longValue(),
        (String) r[6],
        r[7] == null ? PoolReason.UNOWNED : PoolReason.valueOf(r[7].toString().trim()),
        instant(r[8]),
        r[9] == null ? null : ((Number) r[9]).longValue(),
        (String) r[10],
        day(r[11]),
        ((Number) r[12]).longValue());
  }

  static Instant instant(Object o) {
    if (o == null) return null;
    if (o instanceof OffsetDateTime odt) return odt.toInstant();
    if (o instanceof Timestamp ts) return ts.toInstant();
    if (o instanceof Instant i) return i;
    throw new IllegalStateException("unexpected timestamp type " + o.getClass());
  }

  private static LocalDate day(Object o) {
    if (o == null) return null;
    if (o instanceof Date d) return d.toLocalDate();
    if (o instanceof LocalDate d) return d;
    throw new IllegalStateException("unexpected date type " + o.getClass());
  }
}
