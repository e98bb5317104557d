package io.pareto.pipeline;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import io.pareto.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class OpportunityService {
  private final OpportunityRepository opportunities;
  private final AccountService accounts;
  private final Caller caller;
  private final AuditTrail audit;
  private final OwnerPolicy ownerPolicy;

  public OpportunityService(OpportunityRepository opportunities, AccountService accounts, Caller caller, AuditTrail audit,
      OwnerPolicy ownerPolicy) {
    this.opportunities = opportunities;
    this.accounts = accounts;
    this.caller = caller;
    this.audit = audit;
    this.ownerPolicy = ownerPolicy;
  }

  public Page<OpportunityDto> list(OpportunityFilter filter, PageRequest page) {
    return opportunities.page(caller.scope(), filter, page).map(OpportunityDto::of);
  }

  public Optional<OpportunityDto> get(long id) {
    return opportunities.findVisible(caller.scope(), id).map(OpportunityDto::of);
  }

  @Transactional
  public OpportunityDto create(OpportunityInput in) {
    Opportunity o = new Opportunity();
    apply(o, in);
    if (o.owner == null) o.owner = caller.user().orElse(null);
    opportunities.persistAndFlush(o);
    OpportunityDto dto = OpportunityDto.of(o);
    audit.created("OPPORTUNITY", o.id, o.account.id, dto);
    return dto;
  }

  @Transactional
  public OpportunityDto replace(long id, long expectedVersion, OpportunityInput in) {
    Opportunity o = require(id);
    ETags.check(expectedVersion, o.version);
    OpportunityDto before = OpportunityDto.of(o);
    apply(o, in);
    opportunities.flush();
    OpportunityDto after = OpportunityDto.of(o);
    audit.updated("OPPORTUNITY", o.id, o.account.id, before, after);
    return after;
  }

  public OpportunityInput currentInput(long id) {
    return OpportunityInput.of(require(id));
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    Opportunity o = require(id);
    ETags.check(expectedVersion, o.version);
    audit.deleted("OPPORTUNITY", o.id, o.account.id, OpportunityDto.of(o));
    opportunities.delete(o);
  }

  private Opportunity require(long id) {
    return opportunities.findVisible(caller.scope(), id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
  }

  private void apply(Opportunity o, OpportunityInput in) {
    if (in.externalId() != null) {
      opportunities.findByExternalId(in.externalId()).filter(x -> !x.id.equals(o.id)).ifPresent(x -> {
        throw ProblemException.conflict("externalId: '" + in.externalId() + "' is already used by opportunity " + x.id);
      });
    }
    Account account;
    try {
      account = accounts.requireVisible(in.accountId());
    } catch (ProblemException e) {
      throw ProblemException.badRequest("accountId", "account " + in.accountId() + " does not exist");
    }
    o.externalId = in.externalId();
    o.account = account;
    o.name = in.name().trim();
    o.amount = in.amount();
    o.stage = in.stage() == null ? Stage.LEAD : in.stage();
    o.expectedCloseDate = in.expectedCloseDate();
    if (in.ownerId() != null) {
      AppUser owner = Optional.ofNullable(opportunities.getEntityManager().find(AppUser.class, in.ownerId()))
          .orElseThrow(() -> ProblemException.badRequest("ownerId", "user " + in.ownerId() + " does not exist"));
      ownerPolicy.checkAssign("ownerId", o.id == null ? caller.userId() : o.owner == null ? null : o.owner.id, owner);
      o.owner = owner;
    }
  }
}
