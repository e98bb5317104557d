package io.pareto.pipeline;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The configurable stage probabilities (issue 8 defaults: 10/25/50/75/100/100/0). */
@ApplicationScoped
public class StageProbabilities {
  private final EntityManager em;
  private final AuditTrail audit;

  public StageProbabilities(EntityManager em, AuditTrail audit) {
    this.em = em;
    this.audit = audit;
  }

  public List<StageProbabilityDto> list() {
    return em.createQuery("from StageProbability p", StageProbability.class).getResultStream()
        .map(p -> new StageProbabilityDto(p.stage, p.probability)).sorted((a, b) -> a.stage().compareTo(b.stage()))
        .toList();
  }

  /** Replaces all seven probabilities at once, so the table never holds a half-edited set. */
  @Transactional
  public List<StageProbabilityDto> replace(List<StageProbabilityDto> in) {
    Set<Stage> seen = EnumSet.noneOf(Stage.class);
    for (StageProbabilityDto p : in) {
      if (!seen.add(p.stage())) throw ProblemException.badRequest("stage", p.stage() + " is listed twice");
    }
    if (seen.size() != Stage.values().length) {
      throw ProblemException.badRequest("stage", "every stage needs a probability; missing "
          + EnumSet.complementOf(EnumSet.copyOf(seen.isEmpty() ? EnumSet.of(Stage.LEAD) : seen)));
    }
    List<StageProbabilityDto> before = list();
    for (StageProbabilityDto p : in) {
      StageProbability row = em.find(StageProbability.class, p.stage());
      if (row == null) {
        row = new StageProbability();
        row.stage = p.stage();
        em.persist(row);
      }
      row.probability = p.probability();
      row.updatedAt = Instant.now();
    }
    em.flush();
    List<StageProbabilityDto> after = list();
    audit.updated("STAGE_PROBABILITY", "ALL", null, before, after);
    return after;
  }
}
