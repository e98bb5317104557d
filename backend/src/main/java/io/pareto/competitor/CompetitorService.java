package io.pareto.competitor;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The competitor catalogue (docs/method.md §7); contacts reference it for competitor closeness. */
@ApplicationScoped
public class CompetitorService {
  private final CompetitorRepository competitors;
  private final AuditTrail audit;

  public CompetitorService(CompetitorRepository competitors, AuditTrail audit) {
    this.competitors = competitors;
    this.audit = audit;
  }

  public Page<CompetitorDto> list(CompetitorTier tier, String q, PageRequest page) {
    return competitors.page(tier, q, page).map(CompetitorDto::of);
  }

  public Optional<CompetitorDto> get(long id) {
    return competitors.findByIdOptional(id).map(CompetitorDto::of);
  }

  public boolean exists(long id) {
    return competitors.count("id", id) > 0;
  }

  @Transactional
  public CompetitorDto create(CompetitorInput in) {
    Competitor c = new Competitor();
    apply(c, in);
    competitors.persistAndFlush(c);
    audit.created("COMPETITOR", c.id, null, CompetitorDto.of(c));
    return CompetitorDto.of(c);
  }

  @Transactional
  public CompetitorDto replace(long id, long expectedVersion, CompetitorInput in) {
    Competitor c = require(id);
    ETags.check(expectedVersion, c.version);
    CompetitorDto before = CompetitorDto.of(c);
    apply(c, in);
    competitors.flush();
    audit.updated("COMPETITOR", c.id, null, before, CompetitorDto.of(c));
    return CompetitorDto.of(c);
  }

  /** Contacts that named this competitor lose the reference (ON DELETE SET NULL). */
  @Transactional
  public void delete(long id, long expectedVersion) {
    Competitor c = require(id);
    ETags.check(expectedVersion, c.version);
    audit.deleted("COMPETITOR", c.id, null, CompetitorDto.of(c));
    competitors.delete(c);
    competitors.flush();
  }

  private Competitor require(long id) {
    return competitors
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Competitor", id));
  }

  private void apply(Competitor c, CompetitorInput in) {
    String name = in.name().trim();
    competitors
        .findByName(name)
        .filter(o -> !o.id.equals(c.id))
        .ifPresent(
            o -> {
              throw ProblemException.conflict(
                  "name: competitor '" + name + "' already exists as " + o.id);
            });
    c.name = name;
    c.brand = in.brand();
    c.implementer = in.implementer();
    c.strengths = in.strengths();
    c.weaknesses = in.weaknesses();
    c.priceLevel = in.priceLevel();
    c.channels = in.channels();
    c.tier = in.tier();
  }
}
