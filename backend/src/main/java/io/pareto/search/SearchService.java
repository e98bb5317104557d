package io.pareto.search;

import io.pareto.common.Rows;
import io.pareto.common.SearchKey;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Global search: accounts (by name, external id or owner), contacts, deals and users in the
 * caller's scope, matched by substring of the name, its pinyin or its initials ("华泰", "huatai",
 * "ht"). One statement: a branch per kind, each cut at the limit, names starting with the query
 * first.
 */
@ApplicationScoped
public class SearchService {
  private static final String MATCH = "%1$s.search_key like :q escape '\\'";

  /** An account by its own name or external id (coalesced: NOT over a null would drop the row). */
  private static final String ACCOUNT_MATCH =
      "(" + MATCH.formatted("a") + " or coalesce(lower(a.external_id), '') like :q escape '\\')";

  /** 0 when the name or its pinyin starts with the query, 1 when it only contains it. */
  private static final String RANK =
      "case when %1$s.search_key like :prefix escape '\\' or %1$s.search_key like"
          + " :pinyinPrefix escape '\\' then 0 else 1 end";

  private final EntityManager em;
  private final Caller caller;

  public SearchService(EntityManager em, Caller caller) {
    this.em = em;
    this.caller = caller;
  }

  public SearchResultDto search(String query, int limit) {
    String q = SearchKey.likeEscaped(SearchKey.normalise(query));
    if (q.isEmpty()) return new SearchResultDto(query, List.of());
    AccountScope scope = caller.scope();
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("q", "%" + q + "%");
    params.put("prefix", q + "%");
    params.put("pinyinPrefix", "%|" + q + "%");
    String users = usersVisible(params);
    String sql =
        String.join(
            " union all ",
            branch(
                "'ACCOUNT'",
                "a.id",
                "a.name",
                "a.id",
                "a.name",
                "o.name",
                "a",
                "account a left join app_user o on o.id = a.owner_id",
                scope.sql("a") + " and " + ACCOUNT_MATCH,
                limit),
            // accounts of an owner whose name matches ("李娜"), after the accounts matched by their
            // own name
            branch(
                "'ACCOUNT'",
                "a.id",
                "a.name",
                "a.id",
                "a.name",
                "o.name",
                "o",
                "account a join app_user o on o.id = a.owner_id",
                scope.sql("a") + " and " + MATCH.formatted("o") + " and not " + ACCOUNT_MATCH,
                limit,
                "2"),
            branch(
                "'CONTACT'",
                "c.id",
                "c.name",
                "a.id",
                "a.name",
                "c.title",
                "c",
                "contact c join account a on a.id = c.account_id",
                scope.sql("a") + " and " + MATCH.formatted("c"),
                limit),
            branch(
                "'OPPORTUNITY'",
                "p.id",
                "p.name",
                "a.id",
                "a.name",
                "p.stage",
                "p",
                "opportunity p join account a on a.id = p.account_id",
                scope.sql("a") + " and " + MATCH.formatted("p"),
                limit),
            branch(
                "'USER'",
                "u.id",
                "u.name",
                "cast(null as bigint)",
                "cast(null as varchar(255))",
                "u.email",
                "u",
                "app_user u",
                users + " and u.active = true and " + MATCH.formatted("u"),
                limit));
    Query select =
        em.createNativeQuery(
            "select kind, id, name, account_id, account_name, detail from ("
                + sql
                + ") hits order by kind_order, rank_order, name_length, name, id",
            Tuple.class);
    params.forEach(select::setParameter);
    List<SearchHitDto> hits = Rows.list(SearchHitDto.class, select);
    return new SearchResultDto(query, hits);
  }

  private static String branch(
      String kind,
      String id,
      String name,
      String accountId,
      String accountName,
      String detail,
      String keyed,
      String from,
      String where,
      int limit) {
    return branch(
        kind,
        id,
        name,
        accountId,
        accountName,
        detail,
        keyed,
        from,
        where,
        limit,
        RANK.formatted(keyed));
  }

  private static String branch(
      String kind,
      String id,
      String name,
      String accountId,
      String accountName,
      String detail,
      String keyed,
      String from,
      String where,
      int limit,
      String rank) {
    String order =
        switch (kind) {
          case "'ACCOUNT'" -> "1";
          case "'CONTACT'" -> "2";
          case "'OPPORTUNITY'" -> "3";
          default -> "4";
        };
    return "(select "
        + kind
        + " kind, "
        + id
        + " id, "
        + name
        + " name, "
        + accountId
        + " account_id, "
        + accountName
        + " account_name, cast("
        + detail
        + " as varchar(255)) detail, "
        + order
        + " kind_order, "
        + rank
        + " rank_order, length("
        + name
        + ") name_length from "
        + from
        + " where "
        + where
        + " order by "
        + rank
        + ", length("
        + name
        + "), "
        + name
        + ", "
        + id
        + " fetch first "
        + limit
        + " rows only)";
  }

  /**
   * Everyone for ADMIN and READONLY; for the others the people of their own team, and themselves.
   */
  private String usersVisible(Map<String, Object> params) {
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.READONLY)) return "1 = 1";
    Long me = caller.userId();
    Long team = caller.teamId();
    params.put("searchUser", me == null ? -1L : me);
    params.put("searchTeam", team == null ? -1L : team);
    return "(u.id = :searchUser or u.team_id = :searchTeam)";
  }
}
