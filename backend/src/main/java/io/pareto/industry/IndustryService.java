package io.pareto.industry;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class IndustryService implements PanacheRepositoryBase<Industry, String> {
  private final AuditTrail audit;

  public IndustryService(AuditTrail audit) {
    this.audit = audit;
  }

  public List<IndustryDto> listIndustries() {
    return listAll(Sort.by("tier").and("code")).stream().map(IndustryDto::of).toList();
  }

  public Optional<IndustryDto> get(String code) {
    return findByIdOptional(code).map(IndustryDto::of);
  }

  @Transactional
  public IndustryDto create(IndustryDto.Input in) {
    if (findByIdOptional(in.code()).isPresent())
      throw ProblemException.conflict("Industry " + in.code() + " already exists");
    Industry i = new Industry();
    i.code = in.code();
    apply(i, in);
    persistAndFlush(i);
    audit.created("INDUSTRY", i.code, null, IndustryDto.of(i));
    return IndustryDto.of(i);
  }

  @Transactional
  public IndustryDto replace(String code, long expectedVersion, IndustryDto.Input in) {
    Industry i =
        findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Industry", code));
    ETags.check(expectedVersion, i.version);
    if (!code.equals(in.code()))
      throw ProblemException.badRequest("code", "the code in the body must match the path");
    IndustryDto before = IndustryDto.of(i);
    apply(i, in);
    flush();
    audit.updated("INDUSTRY", code, null, before, IndustryDto.of(i));
    return IndustryDto.of(i);
  }

  private static void apply(Industry i, IndustryDto.Input in) {
    i.nameEn = in.nameEn().trim();
    i.nameZh = in.nameZh().trim();
    i.tier = in.tier();
  }
}
