package io.pareto.classification;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.fact.FactSummaries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Classification runs (issue 6, domain.md §1-2): a real run stores one result per account and
 * updates account.category; a dry run computes the same summary and stores nothing. Real runs
 * hold {@link ClassificationLock}, so two at once (or two instances) give 409.
 */
@ApplicationScoped
public class ClassificationRuns {
  private static final Logger LOG = Logger.getLogger(ClassificationRuns.class);
  static final int SUMMARY_PAGE = 50;

  private final EntityManager em;
  private final ClassificationPolicies policies;
  private final ClassificationLock lock;
  private final FactSummaries summaries;
  private final Clock clock = Clock.systemUTC();

  public ClassificationRuns(EntityManager em, ClassificationPolicies policies, ClassificationLock lock,
      FactSummaries summaries) {
    this.em = em;
    this.policies = policies;
    this.lock = lock;
    this.summaries = summaries;
  }

  /** Runs as requested; a real run takes the lock (409 when another run holds it). */
  public RunSummaryDto run(RunInput in, String requestedBy) {
    LocalDate asOf = in.asOf() == null ? LocalDate.now(clock) : in.asOf();
    if (in.dryRun()) {
      summaries.ensure(asOf);
      return QuarkusTransaction.requiringNew().call(() -> compute(asOf, in.policyVersion(), requestedBy, true, true));
    }
    lock.acquire(requestedBy);
    try {
      summaries.ensure(asOf);
      return QuarkusTransaction.requiringNew().call(() -> compute(asOf, in.policyVersion(), requestedBy, false,
          true));
    } finally {
      lock.release();
    }
  }

  /**
   * Runs inside the caller's transaction without the lock: for the demo loader, which owns the
   * database at that moment. Reads the facts themselves: the ones it just wrote are not committed yet.
   */
  public RunSummaryDto runInCurrentTransaction(LocalDate asOf, String requestedBy) {
    return compute(asOf, null, requestedBy, false, false);
  }

  /** {@code summarised}: the caller made asOf's fact summary current; a 12-month policy then reads it. */
  private RunSummaryDto compute(LocalDate asOf, Integer version, String requestedBy, boolean dryRun,
      boolean summarised) {
    long started = System.nanoTime();
    ClassificationPolicy policy = version == null ? policies.active() : policies.require(version);
    PolicyParameters params = PolicyParameters.of(policy);
    ClassificationRun run = new ClassificationRun();
    run.asOf = asOf;
    run.policyVersion = policy.version;
    run.requestedBy = requestedBy;
    run.startedAt = Instant.now(clock);
    em.persist(run);
    em.flush();
    long runId = run.id;
    RunSummaryDto summary = em.unwrap(Session.class).doReturningWork(c -> {
      ClassificationEngine.classify(c, runId, params, asOf, summarised && params.windowMonths() == 12);
      long active = ClassificationEngine.activeCount(c, runId);
      long changed = ClassificationEngine.changedCount(c, runId);
      if (!dryRun) ClassificationEngine.apply(c, runId, Instant.now(clock));
      long ms = (System.nanoTime() - started) / 1_000_000;
      RunSummaryDto s = summarize(c, dryRun ? null : runId, runId, asOf, params, active, changed, ms);
      if (dryRun) ClassificationEngine.deleteResults(c, runId);
      return s;
    });
    if (dryRun) {
      em.remove(run);
    } else {
      run.activeCount = (int) summary.activeCount();
      run.keyCap = summary.keyCap();
      run.changedCount = (int) summary.changedCount();
      run.durationMs = summary.durationMs();
      if (!policy.used) policy.used = true;
    }
    em.flush();
    LOG.infof("classification %s as of %s with policy v%d: %d active, %d changed in %d ms",
        dryRun ? "dry run" : "run " + runId, asOf, policy.version, summary.activeCount(), summary.changedCount(),
        summary.durationMs());
    return summary;
  }

  private static RunSummaryDto summarize(Connection c, Long id, long runId, LocalDate asOf, PolicyParameters p,
      long active, long changed, long ms) throws SQLException {
    Page<ChangeDto> first = new Page<>(ClassificationEngine.changes(c, runId, 0, SUMMARY_PAGE), 0, SUMMARY_PAGE,
        changed);
    return new RunSummaryDto(id, id == null, asOf, p.version(), p.windowStart(asOf), asOf.withDayOfMonth(1),
        p.keyThreshold(), p.cap(active), active, ClassificationEngine.policyKeyCount(c, runId),
        ClassificationEngine.counts(c, runId), ClassificationEngine.transitions(c, runId), changed, first, ms);
  }

  public RunSummaryDto summary(long id) {
    ClassificationRun run = require(id);
    PolicyParameters p = PolicyParameters.of(policies.require(run.policyVersion));
    return em.unwrap(Session.class).doReturningWork(c -> summarize(c, run.id, run.id, run.asOf, p,
        run.activeCount, run.changedCount, run.durationMs == null ? 0 : run.durationMs));
  }

  public Page<ChangeDto> changes(long id, PageRequest page) {
    ClassificationRun run = require(id);
    return em.unwrap(Session.class).doReturningWork(c -> new Page<>(
        ClassificationEngine.changes(c, run.id, page.offset(), page.size), page.page, page.size, run.changedCount));
  }

  public Page<RunDto> list(PageRequest page) {
    long total = em.createQuery("select count(r) from ClassificationRun r", Long.class).getSingleResult();
    var items = em.createQuery("from ClassificationRun r order by r.id desc", ClassificationRun.class)
        .setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream().map(RunDto::of).toList();
    return new Page<>(items, page.page, page.size, total);
  }

  private ClassificationRun require(long id) {
    ClassificationRun run = em.find(ClassificationRun.class, id);
    if (run == null) throw ProblemException.notFound("Classification run", id);
    return run;
  }
}
