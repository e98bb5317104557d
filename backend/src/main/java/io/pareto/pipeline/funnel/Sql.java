package io.pareto.pipeline.funnel;

import io.pareto.pipeline.Stage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Portable SQL fragments (H2 2.x and PostgreSQL) and a runner for native report queries. */
final class Sql {
  private Sql() {}

  static final double DAY = 86_400d;

  /**
   * Seconds since the epoch of a timestamp column, as a double (EXTRACT(EPOCH ...) exists on both).
   */
  static String epoch(String column) {
    return "cast(extract(epoch from " + column + ") as double precision)";
  }

  static String open(String column) {
    return column
        + " in ("
        + Stage.funnel().stream()
            .filter(Stage::isOpen)
            .map(s -> "'" + s + "'")
            .collect(Collectors.joining(", "))
        + ")";
  }

  @SuppressWarnings("unchecked")
  static List<Object[]> rows(EntityManager em, String sql, Map<String, Object> params) {
    Query q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    List<?> out = q.getResultList();
    return out.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
  }

  static long asLong(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  static Double asDouble(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }

  static BigDecimal money(Object o) {
    if (o == null) return BigDecimal.ZERO.setScale(2);
    BigDecimal b = o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    return b.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /** Days rounded to 0.1, as reports show them. */
  static Double days(Double seconds) {
    return seconds == null ? null : Math.round(seconds / DAY * 10) / 10.0;
  }
}
