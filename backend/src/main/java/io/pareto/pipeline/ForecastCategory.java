package io.pareto.pipeline;

/** How sure the owner is that a deal closes in its period; defaults from the stage. */
public enum ForecastCategory {
  PIPELINE,
  BEST_CASE,
  COMMIT,
  CLOSED,
  OMITTED;

  /** SQL CASE for the effective category: the override column, else the stage default. */
  public static String effectiveSql(String overrideColumn, String stageColumn) {
    StringBuilder sb =
        new StringBuilder("coalesce(").append(overrideColumn).append(", case ").append(stageColumn);
    for (Stage s : Stage.values()) {
      sb.append(" when '")
          .append(s.name())
          .append("' then '")
          .append(s.defaultForecastCategory().name())
          .append("'");
    }
    return sb.append(" end)").toString();
  }
}
