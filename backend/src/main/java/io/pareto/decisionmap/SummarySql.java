package io.pareto.decisionmap;

import java.util.List;
import java.util.function.Function;
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
   * Per-contact columns the {@link ContactCondition} SQL conditions read, over the contacts that
   * {@code where} selects. Roles and owners come in through joins grouped per contact (not
   * correlated subqueries, which PostgreSQL re-runs for every fact using them).
   */
  private static String perContact(String where) {
    return """
        select c.id as contact_id, c.account_id, c.layer,
               case when c.name is null or trim(c.name) = '' then 1 else 0 end as placeholder,
               %s, %s, %s,
               coalesce(c.attitude, '') as attitude, coalesce(c.closeness, 0) as closeness,
               coalesce(c.competitor_closeness, 0) as comp_close, c.last_contacted_on as last_on,
               min(o.user_id) as owner_min, max(o.user_id) as owner_max
          from contact c
          left join contact_role r on r.contact_id = c.id
          left join relationship_owner o on o.contact_id = c.id
         where %s
         group by c.id, c.account_id, c.layer, c.name, c.attitude, c.closeness,
                  c.competitor_closeness, c.last_contacted_on"""
        .formatted(
            role("DECISION_MAKER", "dm"),
            role("INFLUENCER", "infl"),
            role("COACH", "coach"),
            where);
  }

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
    return """
        insert into %s (contact_id, account_id, last_on)
        select contact_id, account_id, last_on
          from (%s) cf
         where %s"""
        .formatted(KEY_PERSON, perContact(where), ContactCondition.KEY_PERSON.sql);
  }

  static String deleteSummaries(String accounts) {
    return "delete from " + SUMMARY + " where account_id in " + accounts;
  }

  static String insertSummaries(String where) {
    List<ContactCondition> stored = ContactCondition.stored();
    List<ContactCondition> dated = ContactCondition.datedFacts();
    return """
        insert into %s (account_id, contacts, %s, %s, close_owner_min, close_owner_max)
        select account_id, count(*), %s, %s,
               min(case when %s then owner_min end), max(case when %s then owner_max end)
          from (%s) cf
         group by account_id"""
        .formatted(
            SUMMARY,
            joined(stored, ContactCondition::column),
            joined(dated, ContactCondition::lastColumn),
            joined(stored, f -> "sum(case when " + f.sql + " then 1 else 0 end)"),
            joined(dated, f -> "max(case when " + f.sql + " then last_on end)"),
            ContactCondition.CLOSE.sql,
            ContactCondition.CLOSE.sql,
            perContact(where));
  }

  /**
   * Stale key persons per account at the cut-off :staleBefore — counted when asked, from the stored
   * dates, so the verdict never goes stale itself. Over the accounts in {@code accounts} (an SQL
   * select of ids).
   */
  static String staleCounts(String accounts) {
    return """
        select k.account_id, count(*) as %s
          from %s k
          join (%s) ka on ka.id = k.account_id
         where %s
         group by k.account_id"""
        .formatted(
            ContactCondition.STALE.column(),
            KEY_PERSON,
            accounts,
            ContactCondition.UNCONTACTED_SQL);
  }

  private static String joined(
      List<ContactCondition> facts, Function<ContactCondition, String> part) {
    return facts.stream().map(part).collect(Collectors.joining(", "));
  }

  private static String role(String role, String alias) {
    return "max(case when r.role = '" + role + "' then 1 else 0 end) as " + alias;
  }
}
