package io.pareto.decisionmap;

import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL of the stored decision-map summary, generated from {@link ContactCondition}: per account the
 * count of every stored fact and the latest last contact of every dated fact's candidates
 * (decision_map_summary), and per named key person the date STALE compares
 * (decision_map_key_person). Refreshing a set of accounts = delete their rows and insert them again
 * from contacts, roles and owners (one pass each). V80 holds the same statements over all accounts
 * (the backfill).
 */
public final class SummarySql {
  private SummarySql() {}

  static final String SUMMARY = "decision_map_summary";
  static final String KEY_PERSON = "decision_map_key_person";

  /**
   * Per-contact columns the {@link ContactCondition} SQL conditions read. Roles and owners come in
   * through joins grouped per contact (not correlated subqueries, which PostgreSQL re-runs for
   * every fact using them).
   */
  private static final String PER_CONTACT =
      "select c.id as contact_id, c.account_id, c.layer, "
          + "case when c.name is null or trim(c.name) = '' then 1 else 0 end as placeholder, "
          + role("DECISION_MAKER", "dm")
          + ", "
          + role("INFLUENCER", "infl")
          + ", "
          + role("COACH", "coach")
          + ", "
          + "coalesce(c.attitude, '') as attitude, coalesce(c.closeness, 0) as closeness, "
          + "coalesce(c.competitor_closeness, 0) as comp_close, c.last_contacted_on as last_on, "
          + "min(o.user_id) as owner_min, max(o.user_id) as owner_max "
          + "from contact c left join contact_role r on r.contact_id = c.id "
          + "left join relationship_owner o on o.contact_id = c.id where {where} "
          + "group by c.id, c.account_id, c.layer, c.name, c.attitude, c.closeness, c.competitor_closeness, c.last_contacted_on";

  /**
   * The statements that rebuild the rows of the accounts {@code accounts} (an SQL set, e.g.
   * "(:ids)").
   */
  static List<String> refresh(String accounts) {
    String where = "c.account_id in " + accounts;
    return List.of(
        deleteKeyPersons(accounts),
        insertKeyPersons(where),
        deleteSummaries(accounts),
        insertSummaries(where));
  }

  /**
   * The whole table rebuilt (the migration's backfill, the data generator and the benchmark's
   * setup).
   */
  public static List<String> rebuildAll() {
    return List.of(
        "delete from " + KEY_PERSON,
        insertKeyPersons("1 = 1"),
        "delete from " + SUMMARY,
        insertSummaries("1 = 1"));
  }

  static String deleteKeyPersons(String accounts) {
    return "delete from " + KEY_PERSON + " where account_id in " + accounts;
  }

  static String insertKeyPersons(String where) {
    return "insert into "
        + KEY_PERSON
        + " (contact_id, account_id, last_on) select contact_id, account_id, last_on from ("
        + perContact(where)
        + ") cf where "
        + ContactCondition.KEY_PERSON.sql;
  }

  static String deleteSummaries(String accounts) {
    return "delete from " + SUMMARY + " where account_id in " + accounts;
  }

  static String insertSummaries(String where) {
    List<ContactCondition> stored = ContactCondition.stored();
    List<ContactCondition> dated = ContactCondition.datedFacts();
    return "insert into "
        + SUMMARY
        + " (account_id, contacts, "
        + stored.stream().map(ContactCondition::column).collect(Collectors.joining(", "))
        + ", "
        + dated.stream().map(ContactCondition::lastColumn).collect(Collectors.joining(", "))
        + ", close_owner_min, close_owner_max) "
        + "select account_id, count(*), "
        + stored.stream()
            .map(f -> "sum(case when " + f.sql + " then 1 else 0 end)")
            .collect(Collectors.joining(", "))
        + ", "
        + dated.stream()
            .map(f -> "max(case when " + f.sql + " then last_on end)")
            .collect(Collectors.joining(", "))
        + ", min(case when "
        + ContactCondition.CLOSE.sql
        + " then owner_min end)"
        + ", max(case when "
        + ContactCondition.CLOSE.sql
        + " then owner_max end) from ("
        + perContact(where)
        + ") cf group by account_id";
  }

  /**
   * Stale key persons per account at the cut-off :staleBefore — counted when asked, from the stored
   * dates, so the verdict never goes stale itself. Over the accounts in {@code accounts} (an SQL
   * select of ids).
   */
  static String staleCounts(String accounts) {
    return "select k.account_id, count(*) as "
        + ContactCondition.STALE.column()
        + " from "
        + KEY_PERSON
        + " k join ("
        + accounts
        + ") ka on ka.id = k.account_id where "
        + ContactCondition.UNCONTACTED_SQL
        + " group by k.account_id";
  }

  private static String perContact(String where) {
    return PER_CONTACT.replace("{where}", where);
  }

  private static String role(String role, String alias) {
    return "max(case when r.role = '" + role + "' then 1 else 0 end) as " + alias;
  }
}
