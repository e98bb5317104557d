package io.pareto.pipeline.funnel;

import io.pareto.common.ProblemException;
import io.pareto.pipeline.DealLostReason;
import io.pareto.pipeline.Stage;
import io.pareto.pipeline.funnel.FunnelDtos.CohortFunnel;
import io.pareto.pipeline.funnel.FunnelDtos.CohortStage;
import io.pareto.pipeline.funnel.FunnelDtos.LostCount;
import io.pareto.pipeline.funnel.FunnelDtos.Metrics;
import io.pareto.pipeline.funnel.FunnelDtos.SnapshotFunnel;
import io.pareto.pipeline.funnel.FunnelDtos.SnapshotStage;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where deals leak and how fast they move (docs/method.md §5). Every figure comes from a constant
 * number of set-based statements; Java only divides the handful of aggregated rows.
 */
@ApplicationScoped
public class FunnelService {
  private final FunnelQueries queries;
  private final Caller caller;

  public FunnelService(FunnelQueries queries, Caller caller) {
    this.queries = queries;
    this.caller = caller;
  }

  /**
   * Cohort funnel: deals created in [from, to] (UTC days); a deal reached a stage if it got there
   * or further.
   */
  public CohortFunnel cohort(PipelineFilter f, LocalDate from, LocalDate to) {
    checkRange(from, to);
    Instant start = start(from);
    Instant end = endExclusive(to);
    long[] dealsAtRank = new long[Stage.COLLECTED.ordinal() + 1];
    BigDecimal[] amountAtRank = new BigDecimal[dealsAtRank.length];
    java.util.Arrays.fill(amountAtRank, BigDecimal.ZERO);
    for (Object[] r : queries.furthestRank(caller.scope(), f, start, end)) {
      int rank = (int) Sql.asLong(r[0]);
      if (rank < 0) continue; // only LOST rows: cannot happen, every deal has its creation row
      dealsAtRank[rank] += Sql.asLong(r[1]);
      amountAtRank[rank] = amountAtRank[rank].add(Sql.money(r[2]));
    }
    Map<Stage, List<LostCount>> lost = new EnumMap<>(Stage.class);
    for (Object[] r : queries.lostAt(caller.scope(), f, start, end)) {
      lost.computeIfAbsent(Stage.valueOf((String) r[0]), k -> new ArrayList<>())
          .add(
              new LostCount(
                  DealLostReason.valueOf((String) r[1]), Sql.asLong(r[2]), Sql.money(r[3])));
    }
    Map<Stage, Double[]> time = new EnumMap<>(Stage.class);
    for (Object[] r : queries.timeInStage(caller.scope(), f, start, end)) {
      time.put(
          Stage.valueOf((String) r[0]),
          new Double[] {Sql.days(Sql.asDouble(r[1])), Sql.days(Sql.asDouble(r[2]))});
    }
    List<CohortStage> stages = new ArrayList<>();
    long reachedLead = 0;
    long previous = 0;
    for (Stage s : Stage.funnel()) {
      long reached = 0;
      BigDecimal amount = BigDecimal.ZERO;
      for (int r = s.ordinal(); r < dealsAtRank.length; r++) {
        reached += dealsAtRank[r];
        amount = amount.add(amountAtRank[r]);
      }
      if (s == Stage.LEAD) reachedLead = reached;
      List<LostCount> reasons =
          lost.getOrDefault(s, List.of()).stream()
              .sorted(Comparator.comparing(LostCount::reason))
              .toList();
      Double[] t = time.getOrDefault(s, new Double[] {null, null});
      stages.add(
          new CohortStage(
              s,
              reached,
              s == Stage.LEAD ? null : ratio(reached, previous),
              ratio(reached, reachedLead),
              amount,
              reasons.stream().mapToLong(LostCount::count).sum(),
              reasons,
              t[0],
              t[1]));
      previous = reached;
    }
    return new CohortFunnel(from, to, reachedLead, stages);
  }

  /** Snapshot: deals open at {@code asOf} per stage, reconstructed from the history. */
  public SnapshotFunnel snapshot(PipelineFilter f, Instant asOf) {
    Map<Stage, SnapshotStage> byStage = new EnumMap<>(Stage.class);
    for (Object[] r : queries.snapshot(caller.scope(), f, asOf)) {
      Stage s = Stage.valueOf((String) r[0]);
      byStage.put(
          s,
          new SnapshotStage(
              s, Sql.asLong(r[1]), Sql.money(r[2]), Sql.money(r[3]), Sql.days(Sql.asDouble(r[4]))));
    }
    List<SnapshotStage> stages =
        Stage.funnel().stream()
            .filter(Stage::isOpen)
            .map(
                s ->
                    byStage.getOrDefault(
                        s, new SnapshotStage(s, 0, Sql.money(null), Sql.money(null), null)))
            .toList();
    return new SnapshotFunnel(asOf, stages);
  }

  /**
   * Win rate, deal size, cycle, velocity, collection lag and lost reasons for deals closed in
   * [from, to].
   */
  public Metrics metrics(PipelineFilter f, LocalDate from, LocalDate to) {
    checkRange(from, to);
    Instant start = start(from);
    Instant end = endExclusive(to);
    long won = 0;
    long lost = 0;
    BigDecimal wonAmount = BigDecimal.ZERO;
    double cycleSeconds = 0;
    List<LostCount> reasons = new ArrayList<>();
    for (Object[] r : queries.closings(caller.scope(), f, start, end)) {
      if ("WON".equals(r[0])) {
        won += Sql.asLong(r[2]);
        wonAmount = wonAmount.add(Sql.money(r[3]));
        cycleSeconds += Sql.asDouble(r[4]);
      } else {
        lost += Sql.asLong(r[2]);
        reasons.add(
            new LostCount(
                DealLostReason.valueOf((String) r[1]), Sql.asLong(r[2]), Sql.money(r[3])));
      }
    }
    reasons.sort(Comparator.comparing(LostCount::reason));
    Object[] oc = queries.openAndCollection(caller.scope(), f, start, end);
    long open = Sql.asLong(oc[0]);
    Double winRate = won + lost == 0 ? null : round4((double) won / (won + lost));
    BigDecimal avgSize =
        won == 0 ? null : wonAmount.divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_UP);
    Double cycleDays = won == 0 ? null : Sql.days(cycleSeconds / won);
    BigDecimal velocity = null;
    if (winRate != null && avgSize != null && cycleSeconds > 0) {
      // Unrounded inputs, so the figure does not depend on display rounding (a cycle of minutes
      // shows as 0.0 days).
      velocity =
          BigDecimal.valueOf(open)
              .multiply(BigDecimal.valueOf(won))
              .multiply(wonAmount)
              .multiply(BigDecimal.valueOf(Sql.DAY))
              .divide(
                  BigDecimal.valueOf(won + lost).multiply(BigDecimal.valueOf(cycleSeconds)),
                  2,
                  RoundingMode.HALF_UP);
    }
    return new Metrics(
        from,
        to,
        won,
        lost,
        winRate,
        avgSize,
        cycleDays,
        open,
        velocity,
        Sql.days(Sql.asDouble(oc[1])),
        reasons);
  }

  static Instant start(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static Instant endExclusive(LocalDate d) {
    return d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (from == null) throw ProblemException.badRequest("from", "is required (YYYY-MM-DD)");
    if (to == null) throw ProblemException.badRequest("to", "is required (YYYY-MM-DD)");
    if (to.isBefore(from)) throw ProblemException.badRequest("to", "must not be before from");
  }

  private static Double ratio(long a, long b) {
    return b == 0 ? null : round4((double) a / b);
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
