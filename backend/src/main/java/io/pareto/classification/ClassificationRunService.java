package io.pareto.classification;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.fact.FactSummaries;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Classification runs (docs/method.md §1-2): a real run stores one result per account and updates
 * account.category; a dry run computes the same summary and stores nothing. Real runs hold {@link
 * ClassificationLock}, so two at once (or two instances) give 409.
 */
@ApplicationScoped
public class ClassificationRunService {
  private static final Logger LOG = Logger.getLogger(ClassificationRunService.class);
  static final int SUMMARY_PAGE = 50;

  private final EntityManager em;
  private final ClassificationPolicies policies;
  private final ClassificationLock lock;
  private final FactSummaries summaries;
  private final Clock clock = Clock.systemUTC();

  private final WebhookOutbox outbox;

  public ClassificationRunService(
      EntityManager em,
      ClassificationPolicies policies,
      ClassificationLock lock,
      FactSummaries summaries,
      WebhookOutbox outbox) {
    this.outbox = outbox;
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
      return QuarkusTransaction.requiringNew().call(() -> preview(asOf, in.policyVersion()));
    }
    lock.acquire(requestedBy);
    try {
      summaries.ensure(asOf);
      return QuarkusTransaction.requiringNew()
          .call(() -> store(asOf, in.policyVersion(), requestedBy, true));
    } finally {
      lock.release();
    }
  }

  /**
   * Runs inside the caller's transaction without the lock: for the demo loader, which owns the
   * database at that moment. Reads the facts themselves: the ones it just wrote are not committed
   * yet.
   */
  public RunSummaryDto runInCurrentTransaction(LocalDate asOf, String requestedBy) {
    return store(asOf, null, requestedBy, false);
  }

  /**
   * A dry run: tallies what a run would decide in one statement, writing nothing (asOf's summary is
   * current).
   */
  private RunSummaryDto preview(LocalDate asOf, Integer version) {
    long started = System.nanoTime();
    ClassificationPolicy policy = policy(version);
    PolicyParameters params = PolicyParameters.of(policy);
    RunTally t =
        em.unwrap(Session.class)
            .doReturningWork(
                c ->
                    ClassificationEngine.preview(
                        c, params, asOf, params.windowMonths() == 12, SUMMARY_PAGE));
    long ms = (System.nanoTime() - started) / 1_000_000;
    LOG.infof(
        "classification dry run as of %s with policy v%d: %d active, %d changed in %d ms",
        asOf, policy.version, t.activeCount(), t.changedCount(), ms);
    return summary(null, asOf, params, t, ms);
  }

  /**
   * A stored run: one result row per account, account.category updated where it changes. {@code
   * summarised}: the caller made asOf's fact summary current; a 12-month policy then reads it.
   */
  private RunSummaryDto store(
      LocalDate asOf, Integer version, String requestedBy, boolean summarised) {
    long started = System.nanoTime();
    ClassificationPolicy policy = policy(version);
    PolicyParameters params = PolicyParameters.of(policy);
    ClassificationRun run = new ClassificationRun();
    run.asOf = asOf;
    run.policyVersion = policy.version;
    run.requestedBy = requestedBy;
    run.startedAt = Instant.now(clock);
    em.persist(run);
    em.flush();
    long runId = run.id;
    RunTally t =
        em.unwrap(Session.class)
            .doReturningWork(
                c -> {
                  ClassificationEngine.classify(
                      c, runId, params, asOf, summarised && params.windowMonths() == 12);
                  ClassificationEngine.apply(c, runId, Instant.now(clock));
                  return ClassificationEngine.tally(c, runId, SUMMARY_PAGE);
                });
    long ms = (System.nanoTime() - started) / 1_000_000;
    run.activeCount = (int) t.activeCount();
    run.keyCap = params.cap(t.activeCount());
    run.changedCount = (int) t.changedCount();
    run.durationMs = ms;
    if (!policy.used) policy.used = true;
    em.flush();
    outbox.publishCategoryChanges(runId);
    outbox.publish(
        WebhookEvents.CLASSIFICATION_RUN_COMPLETED,
        "CLASSIFICATION_RUN:" + runId,
        java.util.Map.of(
            "runId", runId,
            "asOf", asOf.toString(),
            "policyVersion", policy.version,
            "activeCount", t.activeCount(),
            "changedCount", t.changedCount()));
    LOG.infof(
        "classification run %d as of %s with policy v%d: %d active, %d changed in %d ms",
        runId, asOf, policy.version, t.activeCount(), t.changedCount(), ms);
    return summary(runId, asOf, params, t, ms);
  }

  private ClassificationPolicy policy(Integer version) {
    return version == null ? policies.active() : policies.require(version);
  }

  private static RunSummaryDto summary(
      Long id, LocalDate asOf, PolicyParameters p, RunTally t, long ms) {
    Page<ChangeDto> first = new Page<>(t.firstChanges(), 0, SUMMARY_PAGE, t.changedCount());
    return new RunSummaryDto(
        id,
        id == null,
        asOf,
        p.version(),
        p.windowStart(asOf),
        asOf.withDayOfMonth(1),
        p.keyThreshold(),
        p.cap(t.activeCount()),
        t.activeCount(),
        t.policyKeyCount(),
        t.counts(),
        t.transitions(),
        t.changedCount(),
        first,
        ms);
  }

  public RunSummaryDto summary(long id) {
    ClassificationRun run = require(id);
    PolicyParameters p = PolicyParameters.of(policies.require(run.policyVersion));
    RunTally t =
        em.unwrap(Session.class)
            .doReturningWork(c -> ClassificationEngine.tally(c, run.id, SUMMARY_PAGE));
    return summary(run.id, run.asOf, p, t, run.durationMs == null ? 0 : run.durationMs);
  }

  public Page<ChangeDto> changes(long id, PageRequest page) {
    ClassificationRun run = require(id);
    return em.unwrap(Session.class)
        .doReturningWork(
            c ->
                new Page<>(
                    ClassificationEngine.changes(c, run.id, page.offset(), page.size),
                    page.page,
                    page.size,
                    run.changedCount));
  }

  public Page<RunDto> list(PageRequest page) {
    long total =
        em.createQuery("select count(r) from ClassificationRun r", Long.class).getSingleResult();
    var items =
        em
            .createQuery("from ClassificationRun r order by r.id desc", ClassificationRun.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size)
            .getResultList()
            .stream()
            .map(RunDto::of)
            .toList();
    return new Page<>(items, page.page, page.size, total);
  }

  private ClassificationRun require(long id) {
    ClassificationRun run = em.find(ClassificationRun.class, id);
    if (run == null) throw ProblemException.notFound("Classification run", id);
    return run;
  }
}
