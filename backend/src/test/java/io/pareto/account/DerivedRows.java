package io.pareto.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.decisionmap.DecisionMapSummaries;
import io.pareto.fact.FactSummaries;
import io.pareto.pipeline.history.StageSummaries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every derived table of one account, as stored, against the same rows recomputed from the source
 * rows by a lone writer (in a transaction that is rolled back, so the check changes nothing).
 */
@ApplicationScoped
public class DerivedRows {
  private static final Map<String, String> OF_ACCOUNT =
      Map.of(
          "decision_map_summary", "select * from decision_map_summary where account_id = :a",
          "decision_map_key_person",
              "select * from decision_map_key_person where account_id = :a order by contact_id",
          "account_fact_summary",
              "select * from account_fact_summary where account_id = :a order by as_of_month",
          "deal_stage_summary",
              "select s.* from deal_stage_summary s join opportunity o on o.id = s.opportunity_id"
                  + " where o.account_id = :a order by s.opportunity_id");

  private final EntityManager em;
  private final DecisionMapSummaries decisionMaps;
  private final FactSummaries facts;
  private final StageSummaries stages;

  public DerivedRows(
      EntityManager em,
      DecisionMapSummaries decisionMaps,
      FactSummaries facts,
      StageSummaries stages) {
    this.em = em;
    this.decisionMaps = decisionMaps;
    this.facts = facts;
    this.stages = stages;
  }

  /** Fails naming the table whose stored rows differ from their recomputation. */
  public void assertInStep(long accountId) {
    QuarkusTransaction.begin();
    try {
      Map<String, List<String>> stored = read(accountId);
      decisionMaps.refresh(List.of(accountId));
      facts.refreshAccount(accountId);
      List<?> deals =
          em.createNativeQuery("select id from opportunity where account_id = :a")
              .setParameter("a", accountId)
              .getResultList();
      for (Object id : deals) stages.refresh(((Number) id).longValue());
      Map<String, List<String>> recomputed = read(accountId);
      for (String table : stored.keySet()) {
        assertEquals(recomputed.get(table), stored.get(table), table + " of account " + accountId);
      }
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  /** How many rows a derived table holds for the account. */
  public int rows(String table, long accountId) {
    return QuarkusTransaction.requiringNew().call(() -> read(accountId).get(table).size());
  }

  private Map<String, List<String>> read(long accountId) {
    em.flush();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    OF_ACCOUNT.forEach(
        (table, sql) ->
            rows.put(
                table,
                em.createNativeQuery(sql).setParameter("a", accountId).getResultList().stream()
                    .map(r -> r instanceof Object[] a ? Arrays.deepToString(a) : String.valueOf(r))
                    .toList()));
    return rows;
  }
}
