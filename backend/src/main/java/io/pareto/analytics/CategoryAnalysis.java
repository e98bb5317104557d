package io.pareto.analytics;

import io.pareto.account.Category;
import io.pareto.common.Rows;
import io.pareto.fact.FactSummaries;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts per category and the KEY health checks of docs/method.md §2 (manager, plan, regular
 * contact).
 */
@ApplicationScoped
public class CategoryAnalysis {
  static final int SAMPLE = 50;
  private final EntityManager em;
  private final Caller caller;
  private final FactSummaries summaries;

  public CategoryAnalysis(EntityManager em, Caller caller, FactSummaries summaries) {
    this.em = em;
    this.caller = caller;
    this.summaries = summaries;
  }

  public CategoryOverviewDto overview(LocalDate asOf) {
    Window w = Window.of(asOf);
    AccountScope scope = caller.scope();
    Query q =
        em.createNativeQuery(
                """
                SELECT a.category, COUNT(*) AS count,
                       COALESCE(SUM(s.revenue12), 0) AS revenue12,
                       COALESCE(SUM(s.gross_profit12), 0) AS gross_profit12
                FROM account a
                LEFT JOIN account_fact_summary s ON s.account_id = a.id AND s.as_of_month = :m
                WHERE %s
                GROUP BY a.category
                """
                    .formatted(scope.sql("a")),
                Tuple.class)
            .setParameter("m", summaries.ensure(w.asOf()));
    scope.params().forEach(q::setParameter);
    Map<Category, CategoryOverviewDto.CategoryTotals> totals = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      totals.put(c, new CategoryOverviewDto.CategoryTotals(c, 0, BigDecimal.ZERO, BigDecimal.ZERO));
    }
    for (CategoryOverviewDto.CategoryTotals t :
        Rows.as(CategoryOverviewDto.CategoryTotals.class, MonthQueries.tuples(q))) {
      totals.put(t.category(), t);
    }
    var withoutManager = check("a.owner_id IS NULL", null, scope);
    var notContacted =
        check(
            "NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id"
                + " AND c.last_contacted_on >= :since)",
            w.asOf().minusDays(90),
            scope);
    var withoutPlan =
        check(
            "NOT EXISTS (SELECT 1 FROM account_plan p WHERE p.account_id = a.id"
                + " AND p.status = 'ACTIVE')",
            null,
            scope);
    var health =
        new CategoryOverviewDto.KeyHealth(
            totals.get(Category.KEY).count(),
            withoutManager,
            notContacted,
            withoutPlan,
            "withoutAccountPlan counts KEY accounts with no ACTIVE account plan (docs/method.md §2)");
    return new CategoryOverviewDto(w.asOf(), List.copyOf(totals.values()), health);
  }

  private CategoryOverviewDto.Check check(String predicate, LocalDate since, AccountScope scope) {
    String from =
        " FROM account a WHERE a.category = 'KEY' AND " + predicate + " AND " + scope.sql("a");
    Query count = em.createNativeQuery("SELECT COUNT(*)" + from);
    Query list =
        em.createNativeQuery("SELECT a.id, a.name" + from + " ORDER BY a.name, a.id", Tuple.class);
    for (Query q : List.of(count, list)) {
      if (since != null) q.setParameter("since", since);
      scope.params().forEach(q::setParameter);
    }
    List<CategoryOverviewDto.AccountRef> refs =
        Rows.as(
            CategoryOverviewDto.AccountRef.class, MonthQueries.tuples(list.setMaxResults(SAMPLE)));
    return new CategoryOverviewDto.Check(((Number) count.getSingleResult()).longValue(), refs);
  }
}
