package io.pareto.tools.generate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One generated deal's way through the funnel (~4 stage changes per deal on average), replayable
 * from its id alone, so the generator can COPY the deals first and their history second. The moves
 * follow the stage rules: forward (sometimes skipping a stage), back one stage with a reason, LOST
 * with a reason from any open stage, WON → COLLECTED; nothing after {@code now}. Gaps are a few
 * weeks, with a long stall now and then, so about a quarter of the deals are still open at the end.
 * Tuned by simulation: 1M deals get ~4.0M changes; ~29% end open, ~40% won or collected, ~31% lost.
 */
record DealPath(OffsetDateTime created, List<Step> steps) {
  static final String[] FUNNEL = {
    "LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "COLLECTED"
  };
  // COMPETITOR would need a competitor, OTHER a text: the generator has neither
  static final String[] LOST_REASONS = {
    "PRICE", "NO_BUDGET", "NO_DECISION", "TIMING", "REQUIREMENTS", "RELATIONSHIP"
  };

  record Step(String from, String to, OffsetDateTime at, String reason, String lostReason) {}

  /**
   * Created within {@code spreadDays} of {@code first}; deals of lost accounts are lost half the
   * time at each step.
   */
  static DealPath of(
      long seed,
      long dealId,
      boolean lostAccount,
      OffsetDateTime first,
      int spreadDays,
      OffsetDateTime now) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + dealId);
    OffsetDateTime t = first.plusSeconds(r.nextLong(spreadDays * 86_400L));
    OffsetDateTime created = t;
    List<Step> steps = new ArrayList<>(6);
    steps.add(new Step(null, "LEAD", t, null, null));
    int cur = 0;
    while (cur < 5) {
      double gapDays = 2 + exp(r, 25) + (r.nextDouble() < 0.3 ? exp(r, 150) : 0);
      t = t.plusSeconds((long) (gapDays * 86_400));
      if (t.isAfter(now)) break;
      double u = r.nextDouble();
      String from = FUNNEL[cur];
      if (cur == 4) { // WON: collected, or still waiting for the money
        if (u < 0.9) steps.add(new Step(from, "COLLECTED", t, null, null));
        break;
      }
      if (u < 0.09 || (lostAccount && u < 0.5)) {
        steps.add(new Step(from, "LOST", t, null, LOST_REASONS[r.nextInt(LOST_REASONS.length)]));
        break;
      }
      if (u < 0.16 && cur >= 2) {
        cur--;
        steps.add(new Step(from, FUNNEL[cur], t, "需求范围调整 / scope changed", null));
        continue;
      }
      cur = Math.min(cur + (u > 0.93 ? 2 : 1), 4);
      steps.add(new Step(from, FUNNEL[cur], t, null, null));
    }
    return new DealPath(created, steps);
  }

  Step last() {
    return steps.get(steps.size() - 1);
  }

  private static double exp(SplittableRandom r, double mean) {
    return -mean * Math.log(1 - r.nextDouble());
  }
}
