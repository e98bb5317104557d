package io.pareto.pipeline;

import io.pareto.pipeline.history.StageSummaries;
import io.pareto.support.Api;
import io.pareto.support.TestUsers.TestUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Deals with explicit, historic stage histories for the hand-computed report tests. Day n is
 * 2025-01-01T00:00Z plus n days; histories are written as (day, stage) pairs.
 */
@ApplicationScoped
public class PipelineFixtures {
  public static final Instant DAY0 = Instant.parse("2025-01-01T00:00:00Z");
  private final EntityManager em;
  private final StageSummaries summaries;

  public PipelineFixtures(EntityManager em, StageSummaries summaries) {
    this.em = em;
    this.summaries = summaries;
  }

  public static Instant day(int n) {
    return DAY0.plus(n, ChronoUnit.DAYS);
  }

  /**
   * One step of a history: on {@code day} the deal moved to {@code stage} (lost reason when LOST).
   */
  public record Step(int day, Stage stage, DealLostReason lostReason) {}

  public static Step at(int day, Stage stage) {
    return new Step(day, stage, null);
  }

  public static Step lost(int day, DealLostReason reason) {
    return new Step(day, Stage.LOST, reason);
  }

  /** Inserts a deal created on the first step's day whose current stage is the last step's. */
  @Transactional
  public long deal(
      long accountId,
      long ownerId,
      String amount,
      LocalDate expectedClose,
      ForecastCategory override,
      Step... steps) {
    Step last = steps[steps.length - 1];
    Stage lostAt = last.stage() == Stage.LOST ? steps[steps.length - 2].stage() : null;
    em.createNativeQuery(
            "insert into opportunity (account_id, name, amount, stage, expected_close_date, owner_id,"
                + " created_at, updated_at, version, stage_changed_at, lost_reason, lost_at_stage, forecast_category,"
                + " budget_confirmed) values (:acc, :name, :amount, :stage, :close, :owner, :created, :created, 0, :changed,"
                + " :lostReason, :lostAt, :override, false)")
        .setParameter("acc", accountId)
        .setParameter("name", "fixture " + amount)
        .setParameter("amount", new BigDecimal(amount))
        .setParameter("stage", last.stage().name())
        .setParameter("close", expectedClose)
        .setParameter("owner", ownerId)
        .setParameter("created", day(steps[0].day()))
        .setParameter("changed", day(last.day()))
        .setParameter("lostReason", last.lostReason() == null ? null : last.lostReason().name())
        .setParameter("lostAt", lostAt == null ? null : lostAt.name())
        .setParameter("override", override == null ? null : override.name())
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery("select max(id) from opportunity where account_id = :acc")
                    .setParameter("acc", accountId)
                    .getSingleResult())
            .longValue();
    Stage from = null;
    for (Step s : steps) {
      em.createNativeQuery(
              "insert into stage_change (opportunity_id, from_stage, to_stage, changed_at, changed_by,"
                  + " lost_reason, imported, recorded_at) values (:id, :from, :to, :at, 'fixture', :lr, true, :at)")
          .setParameter("id", id)
          .setParameter("from", from == null ? null : from.name())
          .setParameter("to", s.stage().name())
          .setParameter("at", day(s.day()))
          .setParameter("lr", s.lostReason() == null ? null : s.lostReason().name())
          .executeUpdate();
      from = s.stage();
    }
    summaries.refresh(id); // history written directly, as an import does
    return id;
  }

  /** A monthly fact row (revenue only) for the customer funnel. */
  @Transactional
  public void revenue(long accountId, LocalDate month, String revenue) {
    em.createNativeQuery(
            "insert into account_fact (account_id, fact_month, revenue, created_at, updated_at, version)"
                + " values (:acc, :m, :r, :now, :now, 0)")
        .setParameter("acc", accountId)
        .setParameter("m", month)
        .setParameter("r", new BigDecimal(revenue))
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  public static long createDeal(TestUser as, long accountId, String amount) {
    return Api.as(as)
        .body(Map.of("accountId", accountId, "name", "Deal " + amount, "amount", amount))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Map<String, Object> to(Stage stage) {
    return Map.of("to", stage.name());
  }
}
