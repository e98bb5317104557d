package io.pareto.pipeline;

import java.util.Arrays;
import java.util.List;

/** From lead to cash (docs/method.md §5): 线索 → 需求 → 方案 → 谈判 → 签约 → 回款, or lost at any step. */
public enum Stage {
  LEAD,
  QUALIFIED,
  PROPOSAL,
  NEGOTIATION,
  WON,
  COLLECTED,
  LOST;

  public boolean isOpen() {
    return this.ordinal() <= NEGOTIATION.ordinal();
  }

  /** The stages a deal passes on its way to cash, in order (LOST is not one of them). */
  public static List<Stage> funnel() {
    return Arrays.asList(LEAD, QUALIFIED, PROPOSAL, NEGOTIATION, WON, COLLECTED);
  }

  /** Default forecast category: LEAD, QUALIFIED → PIPELINE; PROPOSAL → BEST_CASE; ... */
  public ForecastCategory defaultForecastCategory() {
    return switch (this) {
      case LEAD, QUALIFIED -> ForecastCategory.PIPELINE;
      case PROPOSAL -> ForecastCategory.BEST_CASE;
      case NEGOTIATION -> ForecastCategory.COMMIT;
      case WON, COLLECTED -> ForecastCategory.CLOSED;
      case LOST -> ForecastCategory.OMITTED;
    };
  }

  /**
   * SQL CASE giving a stage column's position on the way to cash (LOST → -1), for set-based
   * funnels.
   */
  public static String rankSql(String column) {
    StringBuilder sb = new StringBuilder("(case ").append(column);
    for (Stage s : funnel())
      sb.append(" when '").append(s.name()).append("' then ").append(s.ordinal());
    return sb.append(" else -1 end)").toString();
  }
}
