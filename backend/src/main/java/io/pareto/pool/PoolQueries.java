package io.pareto.pool;

import io.pareto.account.Category;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Rows;
import io.pareto.common.SearchKey;
import io.pareto.common.SortSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
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
          "lastActivityOn", "last_activity_on");

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
            """
            select a.id, a.name, a.category, a.industry_code, a.region,
                   a.pool_team_id as team_id, t.name as team_name,
                   coalesce(a.pool_reason, 'UNOWNED') as reason, a.pooled_at,
                   a.previous_owner_id, pu.name as previous_owner_name,
                   (select max(v.occurred_on) from activity v where v.account_id = a.id)
                     as last_activity_on,
                   a.version, count(*) over () as total
              from account a
              left join team t on t.id = a.pool_team_id
              left join app_user pu on pu.id = a.previous_owner_id"""
                + where
                + SortSpec.orderBy(page.sort, SORTS, "-pooledAt", "a.id")
                + " offset "
                + (long) page.page * page.size
                + " rows fetch first "
                + page.size
                + " rows only",
            Tuple.class);
    params.forEach(q::setParameter);
    List<PoolLine> rows = Rows.list(PoolLine.class, q);
    List<PoolAccountDto> items = rows.stream().map(PoolLine::dto).toList();
    long total;
    if (!rows.isEmpty()) total = rows.get(0).total();
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

  Optional<State> state(long accountId) {
    return Rows.select(
            em,
            State.class,
            """
            select a.id, a.owner_id, u.name as owner_name, u.team_id as owner_team,
                   a.pool_team_id as pool_team, a.category,
                   case when a.claimed_at is not null then 1 else 0 end as claimed, a.version
              from account a
              left join app_user u on u.id = a.owner_id
             where a.id = :id""",
            Map.of("id", accountId))
        .stream()
        .findFirst();
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

  /** A pooled account as the list shows it, with the total of the list. */
  private record PoolLine(
      long id,
      String name,
      Category category,
      String industryCode,
      String region,
      Long teamId,
      String teamName,
      PoolReason reason,
      Instant pooledAt,
      Long previousOwnerId,
      String previousOwnerName,
      LocalDate lastActivityOn,
      long version,
      long total) {
    PoolAccountDto dto() {
      return new PoolAccountDto(
          id,
          name,
          category,
          industryCode,
          region,
          teamId,
          teamName,
          reason,
          pooledAt,
          previousOwnerId,
          previousOwnerName,
          lastActivityOn,
          version);
    }
  }
}
