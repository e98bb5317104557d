package io.pareto.attention;

import io.pareto.account.Category;
import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The account-level attention items as one UNION ALL over the caller's scope, ranked by kind and
 * paged in SQL with a window count — one statement however many accounts match.
 */
@ApplicationScoped
public class AttentionQueries {
  private final EntityManager em;

  public AttentionQueries(EntityManager em) {
    this.em = em;
  }

  /** Inputs; ownerId / teamId null = any; kinds = the kinds to include (never empty). */
  record Request(
      AccountScope scope,
      Long ownerId,
      Long teamId,
      Set<AttentionKind> kinds,
      LocalDate today,
      int weakMapScore,
      Map<Category, Integer> cadence,
      String keyMapsSql,
      Map<String, Object> keyMapsParams) {}

  /**
   * One account needing attention: n is the score, the count or the rule's days (by kind), itemDate
   * the date it is about; total counts every account item of the list.
   */
  record AccountLine(
      AttentionKind kind,
      long accountId,
      String accountName,
      Long ownerId,
      String ownerName,
      Integer n,
      LocalDate itemDate,
      long total) {}

  /** A page of account items, ordered by kind, then the most telling first. */
  List<AccountLine> page(Request r, int offset, int limit) {
    Map<String, Object> p = new HashMap<>(r.keyMapsParams());
    p.putAll(r.scope().params());
    p.put("atToday", r.today());
    StringBuilder owner = new StringBuilder();
    if (r.ownerId() != null) {
      owner.append(" and a.owner_id = :atOwner");
      p.put("atOwner", r.ownerId());
    }
    if (r.teamId() != null) {
      owner.append(" and a.owner_id in (select tu.id from app_user tu where tu.team_id = :atTeam)");
      p.put("atTeam", r.teamId());
    }
    String where = r.scope().sql("a") + owner;
    String noDate = "cast(null as date)";
    String noInt = "cast(null as integer)";
    List<String> branches = new ArrayList<>();
    if (r.kinds().contains(AttentionKind.KEY_WITHOUT_MANAGER)) {
      branches.add(
          "select 'KEY_WITHOUT_MANAGER' kind, 0 rnk, 0 sk, a.id, a.name, a.owner_id, "
              + noInt
              + " n, "
              + noDate
              + " d from account a where a.category = 'KEY' and a.owner_id is null and "
              + where);
    }
    if (r.kinds().contains(AttentionKind.KEY_WITHOUT_PLAN)) {
      branches.add(
          "select 'KEY_WITHOUT_PLAN', 1, 0, a.id, a.name, a.owner_id, "
              + noInt
              + ", "
              + noDate
              + " from account a where a.category = 'KEY' and "
              + where
              + " and not exists (select 1 from account_plan pl where pl.account_id = a.id and pl.status = 'ACTIVE')");
    }
    boolean weak = r.kinds().contains(AttentionKind.WEAK_MAP);
    boolean stale = r.kinds().contains(AttentionKind.STALE_MAP);
    if (weak || stale) {
      // The scored maps are already scoped; the owner filters apply to their owner_id through alias
      // a.
      String maps =
          "(select km.id, km.name, km.owner_id, km.score, km.high_gaps, km.g_stale_key_contact stale from ("
              + r.keyMapsSql()
              + ") km) a";
      String mapOwner = owner.toString();
      if (weak) {
        p.put("atWeak", r.weakMapScore());
        branches.add(
            "select 'WEAK_MAP', 2, a.score, a.id, a.name, a.owner_id, a.score, "
                + noDate
                + " from "
                + maps
                + " where (a.score < :atWeak or a.high_gaps > 0)"
                + mapOwner);
      }
      if (stale) {
        branches.add(
            "select 'STALE_MAP', 3, -a.stale, a.id, a.name, a.owner_id, a.stale, "
                + noDate
                + " from "
                + maps
                + " where a.stale > 0"
                + mapOwner);
      }
    }
    if (r.kinds().contains(AttentionKind.OVERDUE_COMMITMENTS)) {
      branches.add(
          "select 'OVERDUE_COMMITMENTS', 4, -count(*), a.id, a.name, a.owner_id, count(*), min(c.due_on)"
              + " from commitment c join account a on a.id = c.account_id where c.status = 'OPEN' and c.due_on < :atToday"
              + " and "
              + where
              + " group by a.id, a.name, a.owner_id");
    }
    if (r.kinds().contains(AttentionKind.NOT_VISITED) && !r.cadence().isEmpty()) {
      StringBuilder cutoff = new StringBuilder("case a.category");
      StringBuilder ruleDays = new StringBuilder("case a.category");
      List<String> cats = new ArrayList<>();
      int i = 0;
      for (Map.Entry<Category, Integer> e : r.cadence().entrySet()) {
        cutoff
            .append(" when '")
            .append(e.getKey().name())
            .append("' then cast(:atCut")
            .append(i)
            .append(" as date)");
        ruleDays
            .append(" when '")
            .append(e.getKey().name())
            .append("' then ")
            .append(e.getValue().intValue());
        p.put("atCut" + i, r.today().minusDays(e.getValue()));
        cats.add(e.getKey().name());
        i++;
      }
      p.put("atCats", cats);
      // Never visited first (sort key 0), then the longest ago (ordered by d).
      branches.add(
          "select 'NOT_VISITED', 5, case when max(v.occurred_on) is null then 0 else 1 end, a.id, a.name,"
              + " a.owner_id, "
              + ruleDays
              + " end, max(v.occurred_on) from account a left join activity v"
              + " on v.account_id = a.id and v.kind = 'VISIT' and v.occurred_on <= :atToday"
              + " where a.category in (:atCats) and "
              + where
              + " group by a.id, a.name, a.owner_id, a.category"
              + " having max(v.occurred_on) is null or max(v.occurred_on) < "
              + cutoff
              + " end");
    }
    if (r.kinds().contains(AttentionKind.LOST_WITHOUT_REASON)) {
      branches.add(
          "select 'LOST_WITHOUT_REASON', 6, 0, a.id, a.name, a.owner_id, "
              + noInt
              + ", "
              + noDate
              + " from account a where a.category = 'LOST' and "
              + where
              + " and not exists (select 1 from account_loss l where l.account_id = a.id)");
    }
    if (branches.isEmpty()) return List.of();
    // Every branch names its columns: the first one asked for need not be the one that aliases
    // them.
    String sql =
        "select x.kind, x.id as account_id, x.name as account_name, x.owner_id,"
            + " ow.name as owner_name, x.n, x.d as item_date, count(*) over () as total from ("
            + String.join(
                " union all ",
                branches.stream()
                    .map(
                        b ->
                            "select * from ("
                                + b
                                + ") b (kind, rnk, sk, id, name,"
                                + " owner_id, n, d)")
                    .toList())
            + ") x left join app_user ow on ow.id = x.owner_id"
            + " order by x.rnk, x.sk, x.d nulls first, x.name, x.id";
    Query q = em.createNativeQuery(sql, Tuple.class);
    // Only the branches asked for are in the statement; binding a parameter it does not name is an
    // error.
    p.forEach(
        (k, v) -> {
          if (sql.matches("(?s).*:" + k + "\\b.*")) q.setParameter(k, v);
        });
    return Rows.list(AccountLine.class, q.setFirstResult(offset).setMaxResults(limit));
  }

  /** A stuck deal's account and owner name. */
  record DealLine(long dealId, long accountId, String accountName, String ownerName) {}

  /** The accounts and owners of the stuck deals of one page. */
  List<DealLine> deals(List<Long> ids) {
    if (ids.isEmpty()) return List.of();
    return Rows.select(
        em,
        DealLine.class,
        """
        select o.id as deal_id, a.id as account_id, a.name as account_name,
               ow.name as owner_name
          from opportunity o
          join account a on a.id = o.account_id
          left join app_user ow on ow.id = o.owner_id
         where o.id in (:ids)""",
        Map.of("ids", ids));
  }
}
