package io.pareto.classification;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.account.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Explains an account's category from its latest stored result (explainable classification). */
@ApplicationScoped
public class ClassificationExplanations {
  private final EntityManager em;
  private final AccountService accounts;
  private final ClassificationOverrides overrides;
  private final ClassificationPolicies policies;

  public ClassificationExplanations(
      EntityManager em,
      AccountService accounts,
      ClassificationOverrides overrides,
      ClassificationPolicies policies) {
    this.em = em;
    this.accounts = accounts;
    this.overrides = overrides;
    this.policies = policies;
  }

  /**
   * The category, its source and score, each factor's share, the rule that fired and what would
   * change it.
   */
  public ExplanationDto explain(long accountId) {
    Account a = accounts.requireVisible(accountId);
    OverrideDto override = overrides.find(accountId).orElse(null);
    boolean overridden = override != null && !override.expired();
    List<ExplanationDto.HistoryEntry> history = history(accountId);
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        em.createNativeQuery(
                "SELECT r.run_id, r.policy_category, r.rule, r.revenue12, r.gross_profit12,"
                    + " r.growth, r.potential, r.strategic, r.last_revenue_month, r.p_revenue, r.p_gross_profit, r.p_growth,"
                    + " r.p_potential, r.p_strategic, r.score, r.key_rank, run.as_of, run.policy_version, run.key_cap,"
                    + " run.active_count"
                    + ClassificationResults.OF_ACCOUNT
                    + " ORDER BY run.id DESC FETCH FIRST 1 ROWS ONLY",
                Tuple.class)
            .setParameter("a", accountId)
            .getResultList();
    Source source = overridden ? Source.OVERRIDE : Source.POLICY;
    if (rows.isEmpty()) {
      return new ExplanationDto(
          accountId,
          a.category,
          source,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          overridden
              ? List.of(overriddenBy(override))
              : List.of(ExplanationReason.of(ExplanationReason.Code.NOT_CLASSIFIED_YET)),
          List.of(ExplanationReason.of(ExplanationReason.Code.RUN_PENDING)),
          List.of(),
          null,
          override,
          history);
    }
    Tuple r = rows.get(0);
    ClassificationPolicy policy = policies.require(num(r.get(17)).intValue());
    BigDecimal score = dec(r.get(14));
    List<ExplanationDto.Factor> factors = new ArrayList<>();
    factors.add(factor("revenue12", dec(r.get(3)), dec(r.get(9)), policy.weightRevenue));
    factors.add(factor("grossProfit12", dec(r.get(4)), dec(r.get(10)), policy.weightGrossProfit));
    factors.add(factor("growth", dec(r.get(5)), dec(r.get(11)), policy.weightGrowth));
    factors.add(factor("potential", dec(r.get(6)), dec(r.get(12)), policy.weightPotential));
    factors.add(factor("strategicValue", dec(r.get(7)), dec(r.get(13)), policy.weightStrategic));
    String code = (String) r.get(2);
    LocalDate lastRevenue = date(r.get(8));
    String lastMonth = lastRevenue == null ? null : YearMonth.from(lastRevenue).toString();
    String lostSince =
        lastRevenue == null || score != null
            ? null
            : YearMonth.from(lastRevenue).plusMonths(1).toString();
    Integer rank = r.get(15) == null ? null : num(r.get(15)).intValue();
    Integer cap = r.get(18) == null ? null : num(r.get(18)).intValue();
    long runId = num(r.get(0)).longValue();
    Category policyCategory = Category.valueOf((String) r.get(1));
    String policyCode =
        "OVERRIDE".equals(code) ? policyCode(score, policy.keyThreshold, lastRevenue) : code;
    ExplanationReason rule =
        DecisionReasons.rule(
            policyCode, score, policy.keyThreshold, rank, cap, lastMonth, lostSince);
    List<ExplanationReason> why = List.of(rule);
    List<ExplanationReason> change =
        DecisionReasons.whatWouldChange(
                policyCode, score, policy.keyThreshold, factors, lastKeyScore(runId))
            .stream()
            .toList();
    if (overridden) {
      why = List.of(overriddenBy(override), rule);
      change =
          List.of(
              ExplanationReason.with(ExplanationReason.Code.OVERRIDE_ENDS)
                  .policyCategory(policyCategory)
                  .build());
    }
    return new ExplanationDto(
        accountId,
        a.category,
        source,
        runId,
        date(r.get(16)),
        policy.version,
        score,
        policy.keyThreshold,
        cap,
        rank,
        r.get(19) == null ? null : num(r.get(19)).intValue(),
        policyCategory,
        policyCode,
        why,
        change,
        factors,
        lostSince,
        override,
        history);
  }

  private static ExplanationReason overriddenBy(OverrideDto o) {
    return ExplanationReason.with(ExplanationReason.Code.OVERRIDDEN)
        .override(o.category(), o.reason(), o.expiresOn())
        .build();
  }

  /**
   * An overridden account was never a KEY candidate; describe it by score against threshold only.
   */
  private static String policyCode(BigDecimal score, BigDecimal threshold, LocalDate lastRevenue) {
    if (score == null) return lastRevenue == null ? "NO_REVENUE" : "NO_RECENT_REVENUE";
    return score.compareTo(threshold) >= 0 ? "OVER_CAP" : "BELOW_THRESHOLD";
  }

  private BigDecimal lastKeyScore(long runId) {
    Object v =
        em.createNativeQuery(
                "SELECT MIN(score) FROM classification_result WHERE run_id = :r"
                    + " AND rule = 'KEY_SELECTED'")
            .setParameter("r", runId)
            .getSingleResult();
    return dec(v);
  }

  private List<ExplanationDto.HistoryEntry> history(long accountId) {
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        em.createNativeQuery(
                "SELECT r.run_id, run.as_of, run.policy_version, r.category, r.source,"
                    + " r.score"
                    + ClassificationResults.OF_ACCOUNT
                    + " ORDER BY run.id DESC FETCH FIRST 24 ROWS ONLY",
                Tuple.class)
            .setParameter("a", accountId)
            .getResultList();
    return rows.stream()
        .map(
            t ->
                new ExplanationDto.HistoryEntry(
                    num(t.get(0)).longValue(),
                    date(t.get(1)),
                    num(t.get(2)).intValue(),
                    Category.valueOf((String) t.get(3)),
                    Source.valueOf((String) t.get(4)),
                    dec(t.get(5))))
        .toList();
  }

  private static ExplanationDto.Factor factor(
      String name, BigDecimal raw, BigDecimal pct, BigDecimal weight) {
    return new ExplanationDto.Factor(
        name,
        raw == null ? BigDecimal.ZERO : raw,
        pct,
        weight,
        pct == null ? null : pct.multiply(weight).setScale(6, java.math.RoundingMode.HALF_UP));
  }

  static Number num(Object o) {
    return (Number) o;
  }

  static BigDecimal dec(Object o) {
    if (o == null) return null;
    if (o instanceof BigDecimal b) return b;
    return new BigDecimal(o.toString());
  }

  static LocalDate date(Object o) {
    if (o == null) return null;
    if (o instanceof LocalDate d) return d;
    if (o instanceof Date d) return d.toLocalDate();
    return LocalDate.parse(o.toString());
  }
}
