package io.pareto.fact;

import io.pareto.common.Rows;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.DatasetImported;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The per-account rolling summary of the facts (account_fact_summary, V70): revenue, gross profit,
 * cost to serve and fact months over window W, revenue over P and the last month with revenue, per
 * as-of month, i.e. exactly what the 12-month classification and analytics aggregate.
 *
 * <p>Kept current set-based: fact writes through the API refresh their account, imports refresh the
 * accounts whose facts changed, and every read first catches up on facts whose {@code updated_at}
 * is past the recorded watermark (facts written by SQL, e.g. by tests or tools). Deletes outside
 * the API are not seen; such tools run {@link #INVALIDATE}. A month not yet summarised is built on
 * first use; besides the current month, the {@code pareto.fact-summary.months} most recently built
 * are kept.
 */
@ApplicationScoped
public class FactSummaries {
  private static final Logger LOG = Logger.getLogger(FactSummaries.class);

  /**
   * Drops every summary (each is rebuilt on first use) and marks every fact as seen: for tools that
   * write or delete facts by SQL (the data generator, the benchmark's raw-insert comparison).
   */
  public static final List<String> INVALIDATE =
      List.of(
          "DELETE FROM account_fact_summary",
          "DELETE FROM fact_summary_month",
          "UPDATE fact_summary_state SET refreshed_to = COALESCE("
              + "(SELECT MAX(updated_at) FROM account_fact), refreshed_to) WHERE id = 1");

  private static final String AGGREGATE =
      "INSERT INTO account_fact_summary (as_of_month, account_id,"
          + " revenue12, gross_profit12, cost_to_serve12, revenue_prev12, fact_months12, last_revenue_month)"
          + " SELECT m.as_of_month, f.account_id,"
          + " SUM(CASE WHEN f.fact_month >= m.window_start THEN f.revenue ELSE 0 END),"
          + " SUM(CASE WHEN f.fact_month >= m.window_start THEN f.gross_profit ELSE 0 END),"
          + " SUM(CASE WHEN f.fact_month >= m.window_start THEN f.cost_to_serve ELSE 0 END),"
          + " SUM(CASE WHEN f.fact_month >= m.previous_start AND f.fact_month < m.window_start THEN f.revenue ELSE 0 END),"
          + " SUM(CASE WHEN f.fact_month >= m.window_start THEN 1 ELSE 0 END),"
          + " MAX(CASE WHEN f.revenue > 0 THEN f.fact_month END)"
          + " FROM fact_summary_month m JOIN account_fact f ON f.fact_month < m.window_end WHERE ";
  private static final String GROUP = " GROUP BY m.as_of_month, f.account_id";

  /** Summarises every account for the month :m (already in fact_summary_month). */
  public static final String SUMMARISE_MONTH = AGGREGATE + "m.as_of_month = :m" + GROUP;

  // Correlated per account (one index range of its facts), not "IN (SELECT …)": H2 re-ran that
  // subquery
  // for every fact row and timed out on 20k facts.
  private static final String CHANGED =
      "EXISTS (SELECT 1 FROM account_fact c WHERE c.account_id = %s"
          + " AND (c.updated_at >= :since OR c.updated_at > (SELECT refreshed_to FROM fact_summary_state WHERE id = 1)))";

  private final EntityManager em;
  private final int keep;
  private final Event<FactSummaryChanged> changed;

  public FactSummaries(
      EntityManager em,
      @ConfigProperty(name = "pareto.fact-summary.months", defaultValue = "3") int keep,
      Event<FactSummaryChanged> changed) {
    this.em = em;
    this.keep = keep;
    this.changed = changed;
  }

  /** Whether the month's summary exists and whether facts changed after the last refresh. */
  private record Freshness(long built, boolean behind) {}

  /**
   * Makes the summary of {@code asOf}'s month current and returns that month (the key to read it
   * by). One statement when it already is; otherwise catches up / builds in its own transaction.
   */
  public LocalDate ensure(LocalDate asOf) {
    LocalDate month = asOf.withDayOfMonth(1);
    // MAX reads one entry of ix_account_fact_updated; an EXISTS correlated to refreshed_to is
    // planned without its value and scanned all 1.9M facts on PostgreSQL (0.4 s per request).
    Freshness s =
        Rows.select(
                em,
                Freshness.class,
                """
                SELECT (SELECT COUNT(*) FROM fact_summary_month WHERE as_of_month = :m) AS built,
                       CASE WHEN (SELECT MAX(f.updated_at) FROM account_fact f) > s.refreshed_to
                            THEN 1 ELSE 0 END AS behind
                  FROM fact_summary_state s
                 WHERE s.id = 1""",
                Map.of("m", month))
            .get(0);
    if (s.built() == 0 || s.behind()) {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                lock();
                catchUp(null);
                build(month);
              });
    }
    return month;
  }

  /**
   * Brings the current month up to date once the app (and its demo data) has started, so the first
   * screens to open do not all queue up behind the same build. In the background: at 100k accounts
   * a build takes seconds and readiness must not wait for it (a read meanwhile queues on the state
   * row's lock and then finds the month built).
   */
  void onStart(@Observes @Priority(50) StartupEvent event) {
    Thread worker =
        new Thread(
            () -> {
              try {
                QuarkusTransaction.requiringNew().run(() -> ensure(LocalDate.now()));
              } catch (RuntimeException e) {
                LOG.warnf(
                    "fact summary of the current month not built at start: %s", e.getMessage());
              }
            },
            "fact-summary");
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * Re-summarises one account in the caller's transaction (after a fact of it was written or
   * deleted).
   */
  public void refreshAccount(long accountId) {
    lock();
    refresh("%s = :account", "account", accountId);
  }

  /** An import changed facts: re-summarise their accounts inside the import's transaction. */
  void onImport(@Observes DatasetImported e) {
    if (e.dataset() != Dataset.FACTS) return;
    lock();
    catchUp(e.since());
  }

  /**
   * Serialises summary writers on the state row, so a month being built cannot miss a concurrent
   * refresh; what derives from the summary fills under it too, so it cannot store figures a
   * concurrent write is changing. Held until the caller's transaction ends.
   */
  public void lock() {
    em.createNativeQuery("UPDATE fact_summary_state SET id = id WHERE id = 1").executeUpdate();
  }

  /**
   * Refreshes the accounts with facts updated since {@code since} or past the watermark; advances
   * it.
   */
  private void catchUp(Instant since) {
    refresh(CHANGED, "since", since == null ? Instant.now().plusSeconds(86_400) : since);
    em.createNativeQuery(
            "UPDATE fact_summary_state SET refreshed_to = COALESCE("
                + "(SELECT MAX(updated_at) FROM account_fact), refreshed_to) WHERE id = 1")
        .executeUpdate();
  }

  /**
   * Deletes and re-aggregates the summaries of the accounts selected by {@code accounts} (a
   * condition with one %s for the account id column), every kept month.
   */
  private void refresh(String accounts, String param, Object value) {
    em.createNativeQuery(
            "DELETE FROM account_fact_summary s WHERE " + accounts.formatted("s.account_id"))
        .setParameter(param, value)
        .executeUpdate();
    em.createNativeQuery(AGGREGATE + accounts.formatted("f.account_id") + GROUP)
        .setParameter(param, value)
        .executeUpdate();
    changed.fire(new FactSummaryChanged());
  }

  /**
   * Summarises {@code month} over every account unless it is already there, then evicts the
   * surplus.
   */
  private void build(LocalDate month) {
    if (((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM fact_summary_month WHERE as_of_month = :m")
                    .setParameter("m", month)
                    .getSingleResult())
            .intValue()
        > 0) {
      return;
    }
    LocalDate windowStart = month.minusMonths(11);
    em.createNativeQuery(
            "INSERT INTO fact_summary_month (as_of_month, previous_start, window_start, window_end,"
                + " built_at) VALUES (:m, :ps, :ws, :we, :now)")
        .setParameter("m", month)
        .setParameter("ps", windowStart.minusMonths(12))
        .setParameter("ws", windowStart)
        .setParameter("we", month.plusMonths(1))
        .setParameter("now", Instant.now())
        .executeUpdate();
    em.createNativeQuery(SUMMARISE_MONTH).setParameter("m", month).executeUpdate();
    changed.fire(new FactSummaryChanged());
    Query evict =
        em.createNativeQuery(
            "DELETE FROM fact_summary_month WHERE as_of_month NOT IN (:m, :current)"
                + " AND as_of_month NOT IN (SELECT k.as_of_month FROM fact_summary_month k"
                + " ORDER BY k.built_at DESC, k.as_of_month DESC FETCH FIRST "
                + keep
                + " ROWS ONLY)");
    evict
        .setParameter("m", month)
        .setParameter("current", LocalDate.now().withDayOfMonth(1))
        .executeUpdate();
  }
}
