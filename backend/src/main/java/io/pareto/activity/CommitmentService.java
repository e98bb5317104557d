package io.pareto.activity;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two-sided promises (docs/method.md §8 joint plan, §10 every visit ends with a customer
 * commitment).
 */
@ApplicationScoped
@RetriedOnContention
public class CommitmentService {
  private final CommitmentRepository commitments;
  private final AccountService accounts;
  private final Caller caller;
  private final AuditTrail audit;
  private final OwnerPolicy ownerPolicy;

  public CommitmentService(
      CommitmentRepository commitments,
      AccountService accounts,
      Caller caller,
      AuditTrail audit,
      OwnerPolicy ownerPolicy) {
    this.ownerPolicy = ownerPolicy;
    this.commitments = commitments;
    this.accounts = accounts;
    this.caller = caller;
    this.audit = audit;
  }

  public List<CommitmentDto> forAccount(
      long accountId, CommitmentSide side, CommitmentStatus status) {
    accounts.requireVisible(accountId);
    return commitments.forAccount(accountId, side, status).stream().map(CommitmentDto::of).toList();
  }

  /** Commitments of a plan; the caller has already checked the plan's account is visible. */
  public List<CommitmentDto> forPlan(long planId) {
    return commitments.forPlan(planId).stream().map(CommitmentDto::of).toList();
  }

  /**
   * Records a promise on a visible account. Customer promises are chased by the account manager;
   * ours by the named assignee or the caller.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CommitmentDto record(Account account, Long planId, Long activityId, CommitmentInput in) {
    Commitment c = new Commitment();
    c.accountId = account.id;
    c.planId = planId;
    c.activityId = activityId;
    c.side = in.side();
    c.kind = in.kind();
    c.description = in.description();
    c.targetValue = in.targetValue();
    c.dueOn = in.dueOn();
    if (in.side() != CommitmentSide.CUSTOMER)
      ownerPolicy.checkAssign("ownerId", true, caller.userId(), in.ownerId());
    c.ownerId =
        in.side() == CommitmentSide.CUSTOMER
            ? (account.owner == null ? null : account.owner.id)
            : in.ownerId() != null ? in.ownerId() : caller.userId();
    commitments.persist(c);
    commitments.flush();
    CommitmentDto dto = CommitmentDto.of(c);
    audit.created("COMMITMENT", c.id, c.accountId, dto);
    return dto;
  }

  /** Marks a promise KEPT, BROKEN or OPEN again (If-Match on the commitment). */
  @Transactional
  public CommitmentDto setStatus(long id, long expectedVersion, CommitmentStatus status) {
    Commitment c =
        commitments
            .findVisible(caller.scope(), id)
            .orElseThrow(() -> ProblemException.notFound("Commitment", id));
    ETags.check(expectedVersion, c.version);
    CommitmentDto before = CommitmentDto.of(c);
    c.status = status;
    commitments.flush();
    CommitmentDto after = CommitmentDto.of(c);
    audit.updated("COMMITMENT", c.id, c.accountId, before, after);
    return after;
  }

  /**
   * The customer commitment a concession is traded for: must be a CUSTOMER promise of the same
   * account with a tradable kind (VOLUME, TARGET, REFERENCE, EXCLUSIVITY), docs/method.md §8.
   */
  public CommitmentDto requireTradable(long accountId, long commitmentId) {
    Commitment c =
        commitments
            .findByIdOptional(commitmentId)
            .filter(x -> x.accountId == accountId)
            .orElseThrow(
                () ->
                    unprocessable(
                        "commitmentId: commitment "
                            + commitmentId
                            + " is not a commitment of this account"));
    if (c.side != CommitmentSide.CUSTOMER || !c.kind.tradable()) {
      throw unprocessable(
          "commitmentId: a concession must be traded for a CUSTOMER commitment of kind VOLUME, "
              + "TARGET, REFERENCE or EXCLUSIVITY");
    }
    return CommitmentDto.of(c);
  }

  /** Promises-kept rate per side for one account. */
  public List<PromisesKeptDto> promisesKept(long accountId, LocalDate asOf) {
    accounts.requireVisible(accountId);
    return commitments.promisesKept(accountId, asOf);
  }

  /**
   * Open follow-ups and commitments due by asOf + withinDays, grouped per owner (§10 follow-up).
   */
  public DueListDto due(Long ownerId, LocalDate asOf, int withinDays) {
    LocalDate until = asOf.plusDays(withinDays);
    Map<Long, List<DueItemDto>> byOwner = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (var d : commitments.due(caller.scope(), ownerId, until)) {
      byOwner.computeIfAbsent(d.ownerId(), k -> new ArrayList<>()).add(d.item(asOf));
      names.put(d.ownerId(), d.ownerName());
    }
    List<DueListDto.OwnerDue> owners = new ArrayList<>();
    byOwner.forEach(
        (owner, items) ->
            owners.add(
                new DueListDto.OwnerDue(
                    owner,
                    names.get(owner),
                    items.stream().filter(DueItemDto::overdue).count(),
                    items)));
    return new DueListDto(asOf, until, owners);
  }

  static ProblemException unprocessable(String detail) {
    return new ProblemException(ProblemException.Kind.RULE_VIOLATED, "UNPROCESSABLE", detail, null);
  }
}
