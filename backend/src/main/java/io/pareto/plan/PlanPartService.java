package io.pareto.plan;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.activity.CommitmentInput;
import io.pareto.activity.CommitmentService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import io.pareto.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Objectives, actions, joint-plan commitments and concessions of the active plan. Every write names
 * the plan's ETag (If-Match on updates/deletes) and bumps it.
 */
@ApplicationScoped
@RetriedOnContention
public class PlanPartService {
  private final PlanService plans;
  private final AccountService accounts;
  private final CommitmentService commitments;
  private final Caller caller;
  private final AuditTrail audit;
  private final EntityManager em;
  private final OwnerPolicy ownerPolicy;

  public PlanPartService(
      PlanService plans,
      AccountService accounts,
      CommitmentService commitments,
      Caller caller,
      AuditTrail audit,
      EntityManager em,
      OwnerPolicy ownerPolicy) {
    this.ownerPolicy = ownerPolicy;
    this.plans = plans;
    this.accounts = accounts;
    this.commitments = commitments;
    this.caller = caller;
    this.audit = audit;
    this.em = em;
  }

  @Transactional
  public PlanDto addObjective(long accountId, long planVersion, ObjectiveInput in) {
    AccountPlan p = plans.requireActive(accountId, planVersion);
    PlanObjective o = new PlanObjective();
    o.planId = p.id;
    apply(o, in);
    em.persist(o);
    em.flush();
    audit.created("PLAN_OBJECTIVE", o.id, accountId, in);
    return touched(p);
  }

  @Transactional
  public PlanDto replaceObjective(
      long accountId, long objectiveId, long planVersion, ObjectiveInput in) {
    AccountPlan p = plans.requireActive(accountId, planVersion);
    PlanObjective o = part(PlanObjective.class, objectiveId, p.id, o2 -> o2.planId);
    ObjectiveInput before =
        new ObjectiveInput(o.metric, o.description, o.targetValue, o.manualActual, o.jointAgreed);
    apply(o, in);
    audit.updated("PLAN_OBJECTIVE", o.id, accountId, before, in);
    return touched(p);
  }

  @Transactional
  public PlanDto deleteObjective(long accountId, long objectiveId, long planVersion) {
    AccountPlan p = plans.requireActive(accountId, planVersion);
    PlanObjective o = part(PlanObjective.class, objectiveId, p.id, o2 -> o2.planId);
    audit.deleted(
        "PLAN_OBJECTIVE",
        o.id,
        accountId,
        new ObjectiveInput(o.metric, o.description, o.targetValue, o.manualActual, o.jointAgreed));
    em.remove(o);
    return touched(p);
  }

  @Transactional
  public PlanDto addAction(long accountId, long planVersion, ActionInput in) {
    AccountPlan p = plans.requireActive(accountId, planVersion);
    PlanAction a = new PlanAction();
    a.planId = p.id;
    ownerPolicy.checkAssign("ownerId", true, p.ownerId, in.ownerId());
    apply(a, in, p);
    em.persist(a);
    em.flush();
    audit.created("PLAN_ACTION", a.id, accountId, in);
    return touched(p);
  }

  @Transactional
  public PlanDto replaceAction(long accountId, long actionId, long planVersion, ActionInput in) {
    AccountPlan p = plans.requireActive(accountId, planVersion);
    PlanAction a = part(PlanAction.class, actionId, p.id, a2 -> a2.planId);
    ActionInput before = new ActionInput(a.what, a.ownerId, a.dueOn, a.status);
    ownerPolicy.checkAssign("ownerId", false, a.ownerId, in.ownerId());
    apply(a, in, p);
    audit.updated(
        "PLAN_ACTION",
        a.id,
        accountId,
        before,
        new ActionInput(a.what, a.ownerId, a.dueOn, a.status));
    return touched(p);
  }

  @Transactional
  public PlanDto deleteAction(long accountId, long actionId, long planVersion) {
    AccountPlan p = plans.requireActive(accountId, planVersion);
    PlanAction a = part(PlanAction.class, actionId, p.id, a2 -> a2.planId);
    audit.deleted(
        "PLAN_ACTION", a.id, accountId, new ActionInput(a.what, a.ownerId, a.dueOn, a.status));
    em.remove(a);
    return touched(p);
  }

  /** A joint-business-plan commitment of either side (§8: shared targets and responsibilities). */
  @Transactional
  public PlanDto addCommitment(long accountId, long planVersion, CommitmentInput in) {
    Account account = accounts.requireVisible(accountId);
    AccountPlan p = plans.requireActive(accountId, planVersion);
    commitments.record(account, p.id, null, in);
    return touched(p);
  }

  /**
   * Records a concession in the ledger. It must be traded for a customer commitment (VOLUME,
   * TARGET, REFERENCE, EXCLUSIVITY) — §8: support without a committed target is one-sided. Without
   * one it is refused with 422, unless a MANAGER grants it as an exception with a reason (audited).
   */
  @Transactional
  public PlanDto addConcession(long accountId, long planVersion, ConcessionInput in) {
    AccountPlan p = plans.requireActive(accountId, planVersion);
    Concession c = new Concession();
    if (in.commitmentId() != null) {
      commitments.requireTradable(accountId, in.commitmentId());
      c.commitmentId = in.commitmentId();
    } else {
      boolean manager = caller.hasRole(Role.MANAGER);
      if (!manager || in.exceptionReason() == null || in.exceptionReason().isBlank()) {
        throw new ProblemException(
            ProblemException.Kind.RULE_VIOLATED,
            "CONCESSION_WITHOUT_COMMITMENT",
            "A concession must reference the customer commitment it is traded for; only a MANAGER may grant one "
                + "without, as an exception with an exceptionReason",
            List.of(
                new Problem.FieldError(
                    "commitmentId",
                    "REQUIRED",
                    "required unless a MANAGER gives an exceptionReason",
                    null)));
      }
      c.exceptionReason = in.exceptionReason();
      c.approvedById = caller.userId();
    }
    c.accountId = accountId;
    c.planId = p.id;
    c.kind = in.kind();
    c.description = in.description();
    c.amount = in.amount();
    c.grantedOn = in.grantedOn() == null ? LocalDate.now() : in.grantedOn();
    em.persist(c);
    em.flush();
    audit.created(
        c.commitmentId == null ? "CONCESSION_EXCEPTION" : "CONCESSION",
        c.id,
        accountId,
        ConcessionDto.of(c, null));
    return touched(p);
  }

  private PlanDto touched(AccountPlan p) {
    plans.touch(p);
    return plans.view(p);
  }

  private <T> T part(
      Class<T> type, long id, long planId, java.util.function.Function<T, Long> planOf) {
    T row = em.find(type, id);
    if (row == null || !planOf.apply(row).equals(planId))
      throw ProblemException.notFound(type.getSimpleName(), id);
    return row;
  }

  private static void apply(PlanObjective o, ObjectiveInput in) {
    o.metric = in.metric();
    o.description = in.description();
    o.targetValue = in.targetValue();
    o.manualActual = in.manualActual();
    o.jointAgreed = in.jointAgreed();
  }

  private static void apply(PlanAction a, ActionInput in, AccountPlan p) {
    a.what = in.what();
    a.ownerId = in.ownerId() != null ? in.ownerId() : p.ownerId;
    a.dueOn = in.dueOn();
    a.status = in.status() == null ? ActionStatus.OPEN : in.status();
  }
}
