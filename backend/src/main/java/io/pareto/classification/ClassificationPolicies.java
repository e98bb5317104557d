package io.pareto.classification;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned KEY criteria (docs/method.md §2): create a version, preview it with a dry run, activate
 * it.
 */
@ApplicationScoped
public class ClassificationPolicies {
  private final EntityManager em;
  private final Caller caller;

  public ClassificationPolicies(EntityManager em, Caller caller) {
    this.em = em;
    this.caller = caller;
  }

  public List<PolicyDto> list() {
    return em
        .createQuery(
            "from ClassificationPolicy p order by p.version desc", ClassificationPolicy.class)
        .getResultList()
        .stream()
        .map(PolicyDto::of)
        .toList();
  }

  public ClassificationPolicy require(int version) {
    ClassificationPolicy p = em.find(ClassificationPolicy.class, version);
    if (p == null) throw ProblemException.notFound("Policy version", version);
    return p;
  }

  public PolicyDto get(int version) {
    return PolicyDto.of(require(version));
  }

  public ClassificationPolicy active() {
    return em.createQuery(
            "from ClassificationPolicy p where p.status = :s", ClassificationPolicy.class)
        .setParameter("s", ClassificationPolicy.Status.ACTIVE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ProblemException.conflict("No classification policy is active"));
  }

  /** Creates the next version as a DRAFT; it takes effect only once activated. */
  @Transactional
  public PolicyDto create(PolicyInput in) {
    validate(in);
    Integer max =
        em.createQuery("select max(p.version) from ClassificationPolicy p", Integer.class)
            .getSingleResult();
    ClassificationPolicy p = new ClassificationPolicy();
    p.version = (max == null ? 0 : max) + 1;
    p.description = in.description();
    p.weightRevenue = in.weights().revenue12();
    p.weightGrossProfit = in.weights().grossProfit12();
    p.weightGrowth = in.weights().growth();
    p.weightPotential = in.weights().potential();
    p.weightStrategic = in.weights().strategicValue();
    p.keyThreshold = in.keyThreshold();
    p.keyCapShare = in.keyCapShare();
    p.windowMonths = in.windowMonths();
    p.status = ClassificationPolicy.Status.DRAFT;
    p.createdBy = caller.name();
    p.createdAt = Instant.now();
    em.persist(p);
    em.flush();
    return PolicyDto.of(p);
  }

  /** Makes this version the one scheduled and default runs use; the previous active one retires. */
  @Transactional
  public PolicyDto activate(int version) {
    ClassificationPolicy p = require(version);
    if (p.status == ClassificationPolicy.Status.ACTIVE) return PolicyDto.of(p);
    em.createQuery("update ClassificationPolicy p set p.status = :retired where p.status = :active")
        .setParameter("retired", ClassificationPolicy.Status.RETIRED)
        .setParameter("active", ClassificationPolicy.Status.ACTIVE)
        .executeUpdate();
    em.refresh(p);
    p.status = ClassificationPolicy.Status.ACTIVE;
    p.activatedAt = Instant.now();
    em.flush();
    return PolicyDto.of(p);
  }

  static void validate(PolicyInput in) {
    List<Problem.FieldError> errors = new ArrayList<>();
    FactorWeights w = in.weights();
    BigDecimal sum = BigDecimal.ZERO;
    String[] names = {"revenue12", "grossProfit12", "growth", "potential", "strategicValue"};
    BigDecimal[] values = {
      w.revenue12(), w.grossProfit12(), w.growth(), w.potential(), w.strategicValue()
    };
    for (int i = 0; i < names.length; i++) {
      BigDecimal v = values[i];
      String field = "weights." + names[i];
      if (v == null) errors.add(new Problem.FieldError(field, "must not be null"));
      else if (v.signum() < 0)
        errors.add(new Problem.FieldError(field, "must be >= 0, was " + v.toPlainString()));
      else if (v.compareTo(BigDecimal.ONE) > 0)
        errors.add(new Problem.FieldError(field, "must be <= 1"));
      else if (v.scale() > 4) errors.add(new Problem.FieldError(field, "at most 4 decimals"));
      if (v != null) sum = sum.add(v);
    }
    if (errors.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
      errors.add(new Problem.FieldError("weights", "must sum to 1, sum is " + sum.toPlainString()));
    }
    if (in.keyThreshold().signum() < 0
        || in.keyThreshold().compareTo(BigDecimal.ONE) > 0
        || in.keyThreshold().scale() > 4) {
      errors.add(
          new Problem.FieldError(
              "keyThreshold",
              "is a fraction between 0 and 1 with at most 4 decimals (0.6 = 60%); got "
                  + in.keyThreshold().toPlainString()));
    }
    if (in.keyCapShare().signum() <= 0
        || in.keyCapShare().compareTo(BigDecimal.ONE) > 0
        || in.keyCapShare().scale() > 4) {
      errors.add(
          new Problem.FieldError(
              "keyCapShare",
              "is a fraction > 0 and <= 1 with at most 4 decimals (0.2 = 20%); got "
                  + in.keyCapShare().toPlainString()));
    }
    if (in.windowMonths() < 1 || in.windowMonths() > 36) {
      errors.add(new Problem.FieldError("windowMonths", "must be between 1 and 36"));
    }
    if (!errors.isEmpty()) throw ProblemException.invalid(errors);
  }
}
