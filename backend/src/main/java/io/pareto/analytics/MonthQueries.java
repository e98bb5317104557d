package io.pareto.analytics;

import io.pareto.security.AccountScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;

/** Native queries over one month of the fact summary, read as tuples by column alias. */
final class MonthQueries {
  private MonthQueries() {}

  /** The query with the summary month (:m) and the caller's scope bound. */
  static Query bind(EntityManager em, String sql, LocalDate month, AccountScope scope) {
    Query q = em.createNativeQuery(sql, Tuple.class);
    q.setParameter("m", month);
    scope.params().forEach(q::setParameter);
    return q;
  }

  @SuppressWarnings("unchecked")
  static List<Tuple> tuples(Query q) {
    return q.getResultList();
  }
}
