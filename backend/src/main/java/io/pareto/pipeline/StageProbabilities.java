package io.pareto.pipeline;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The configurable stage probabilities (defaults: 10/25/50/75/100/100/0). */
@ApplicationScoped
public class StageProbabilities {
  private final EntityManager em;
  private final AuditTrail audit;

  public StageProbabilities(EntityManager em, AuditTrail audit) {
    this.em = em;
    this.audit = audit;
  }

  /** The seven probabilities and the version of the set, for the ETag. */
  public record ProbabilitySet(List<StageProbabilityDto> probabilities, long version) {}

  public ProbabilitySet current() {
    return of(em.createQuery("from StageProbability p", StageProbability.class).getResultList());
  }

  private static ProbabilitySet of(List<StageProbability> rows) {
    return new ProbabilitySet(
        rows.stream()
            .map(p -> new StageProbabilityDto(p.stage, p.probability))
            .sorted((a, b) -> a.stage().compareTo(b.stage()))
            .toList(),
        rows.stream().mapToLong(p -> p.version).max().orElse(0));
  }

  /**
   * Replaces all seven probabilities at once, so the table never holds a half-edited set; refused
   * (412) unless {@code expectedVersion} is the set's current version. The rows are locked while
   * compared.
   */
  @Transactional
  public ProbabilitySet replace(long expectedVersion, List<StageProbabilityDto> in) {
    Set<Stage> seen = EnumSet.noneOf(Stage.class);
    for (StageProbabilityDto p : in) {
      if (!seen.add(p.stage()))
        throw ProblemException.badRequest("stage", p.stage() + " is listed twice");
    }
    if (seen.size() != Stage.values().length) {
      throw ProblemException.badRequest(
          "stage",
          "every stage needs a probability; missing "
              + EnumSet.complementOf(
                  EnumSet.copyOf(seen.isEmpty() ? EnumSet.of(Stage.LEAD) : seen)));
    }
    List<StageProbability> rows =
        em.createQuery("from StageProbability p", StageProbability.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    ProbabilitySet before = of(rows);
    ETags.check(expectedVersion, before.version());
    Map<Stage, StageProbability> byStage = new EnumMap<>(Stage.class);
    rows.forEach(r -> byStage.put(r.stage, r));
    for (StageProbabilityDto p : in) {
      StageProbability row =
          byStage.computeIfAbsent(
              p.stage(),
              s -> {
                StageProbability created = new StageProbability();
                created.stage = s;
                em.persist(created);
                return created;
              });
      row.probability = p.probability();
      row.updatedAt = Instant.now();
      row.version = before.version() + 1;
    }
    em.flush();
    ProbabilitySet after = of(List.copyOf(byStage.values()));
    audit.updated("STAGE_PROBABILITY", "ALL", null, before.probabilities(), after.probabilities());
    return after;
  }
}
