package io.pareto.plan;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.activity.CommitmentDto;
import io.pareto.activity.CommitmentService;
import io.pareto.activity.CommitmentSide;
import io.pareto.activity.CommitmentStatus;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.security.OwnerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The account plan (docs/method.md §8): one ACTIVE plan per account, history kept. */
@ApplicationScoped
@RetriedOnContention
public class PlanService {
  private final PlanRepository plans;
  private final AccountService accounts;
  private final CommitmentService commitments;
  private final AuditTrail audit;
  private final OwnerPolicy ownerPolicy;

  public PlanService(
      PlanRepository plans,
      AccountService accounts,
      CommitmentService commitments,
      AuditTrail audit,
      OwnerPolicy ownerPolicy) {
    this.ownerPolicy = ownerPolicy;
    this.plans = plans;
    this.accounts = accounts;
    this.commitments = commitments;
    this.audit = audit;
  }

  /** The active plan of a visible account, with actuals computed from facts and contacts. */
  public Optional<PlanDto> active(long accountId) {
    accounts.requireVisible(accountId);
    return plans.activeFor(accountId).map(this::view);
  }

  public List<PlanSummaryDto> history(long accountId) {
    accounts.requireVisible(accountId);
    return plans.history(accountId).stream().map(PlanSummaryDto::of).toList();
  }

  /**
   * Starts a new plan for a period; the previous active plan becomes ARCHIVED history. The owner is
   * the account manager (the account owner) unless named (§2: every KA has a plan owned by its
   * manager).
   */
  @Transactional
  public PlanDto create(long accountId, PlanInput in) {
    Account a = accounts.requireVisible(accountId);
    checkPeriod(in);
    plans
        .activeFor(accountId)
        .ifPresent(
            old -> {
              PlanSummaryDto before = PlanSummaryDto.of(old);
              old.status = PlanStatus.ARCHIVED;
              plans.flush();
              audit.updated("ACCOUNT_PLAN", old.id, accountId, before, PlanSummaryDto.of(old));
            });
    AccountPlan p = new AccountPlan();
    p.accountId = accountId;
    ownerPolicy.checkAssign("ownerId", true, a.owner == null ? null : a.owner.id, in.ownerId());
    apply(p, in, a);
    plans.persistAndFlush(p);
    PlanDto dto = view(p);
    audit.created("ACCOUNT_PLAN", p.id, accountId, header(p));
    return dto;
  }

  /** Replaces the header (period, stage, goal, strategy, SWOT) of the active plan. */
  @Transactional
  public PlanDto replace(long accountId, long expectedVersion, PlanInput in) {
    Account a = accounts.requireVisible(accountId);
    checkPeriod(in);
    AccountPlan p = requireActive(accountId, expectedVersion);
    Map<String, Object> before = header(p);
    ownerPolicy.checkAssign("ownerId", false, p.ownerId, in.ownerId());
    apply(p, in, a);
    plans.flush();
    audit.updated("ACCOUNT_PLAN", p.id, accountId, before, header(p));
    return view(p);
  }

  /**
   * The active plan of a visible account, checked against If-Match (the plan is the aggregate's
   * ETag).
   */
  AccountPlan requireActive(long accountId, long expectedVersion) {
    accounts.requireVisible(accountId);
    AccountPlan p =
        plans
            .activeFor(accountId)
            .orElseThrow(() -> ProblemException.notFound("Plan of account", accountId));
    ETags.check(expectedVersion, p.version);
    return p;
  }

  /** A change to a part bumps the plan's version, so one ETag guards the whole plan. */
  void touch(AccountPlan p) {
    p.updatedAt = Instant.now();
    plans.flush();
  }

  /** Assembles the plan view: four reads plus one aggregate for the actuals. */
  PlanDto view(AccountPlan p) {
    PlanActuals actuals = plans.actuals(p);
    List<ObjectiveDto> objectives =
        plans.objectives(p.id).stream()
            .map(
                o -> {
                  BigDecimal actual = actuals.actual(o.metric, o.manualActual);
                  return new ObjectiveDto(
                      o.id,
                      o.metric,
                      o.description,
                      o.targetValue,
                      actual,
                      PlanActuals.source(o.metric),
                      PlanActuals.attainment(actual, o.targetValue),
                      o.jointAgreed,
                      o.version);
                })
            .toList();
    LocalDate today = LocalDate.now();
    List<ActionDto> actions =
        plans.actions(p.id).stream().map(a -> ActionDto.of(a, today)).toList();
    List<CommitmentDto> promised = commitments.forPlan(p.id);
    List<ObjectiveDto> agreed = objectives.stream().filter(ObjectiveDto::jointAgreed).toList();
    List<BigDecimal> attained =
        agreed.stream().map(ObjectiveDto::attainmentPct).filter(Objects::nonNull).toList();
    BigDecimal execution =
        attained.isEmpty()
            ? null
            : attained.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(attained.size()), 2, RoundingMode.HALF_UP);
    var jbp =
        new PlanDto.JointBusinessPlan(
            agreed,
            promised.stream().filter(c -> c.side() == CommitmentSide.CUSTOMER).toList(),
            promised.stream().filter(c -> c.side() == CommitmentSide.US).toList(),
            execution);
    return new PlanDto(
        p.id,
        p.accountId,
        p.ownerId,
        p.periodStart,
        p.periodEnd,
        p.status,
        p.relationshipStage,
        p.stageGoal,
        p.strategy,
        new PlanDto.Swot(p.strengths, p.weaknesses, p.opportunities, p.threats),
        objectives,
        actions,
        jbp,
        ledger(p.id, promised),
        p.version);
  }

  private PlanDto.ConcessionLedger ledger(long planId, List<CommitmentDto> planCommitments) {
    List<Concession> rows = plans.concessions(planId);
    Map<Long, CommitmentDto> byId =
        new java.util.HashMap<>(
            planCommitments.stream()
                .collect(Collectors.toMap(CommitmentDto::id, Function.identity())));
    List<ConcessionDto> entries = new ArrayList<>();
    for (Concession c : rows) {
      CommitmentDto got =
          c.commitmentId == null
              ? null
              : byId.computeIfAbsent(
                  c.commitmentId, id -> commitments.requireTradable(c.accountId, id));
      entries.add(ConcessionDto.of(c, got));
    }
    BigDecimal given = rows.stream().map(c -> c.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<CommitmentDto> gets =
        entries.stream().map(ConcessionDto::tradedFor).filter(Objects::nonNull).distinct().toList();
    return new PlanDto.ConcessionLedger(
        given,
        gets.size(),
        gets.stream().filter(c -> c.status() == CommitmentStatus.KEPT).count(),
        rows.stream().filter(c -> c.commitmentId == null).count(),
        entries);
  }

  private static void checkPeriod(PlanInput in) {
    if (in.periodEnd().isBefore(in.periodStart()))
      throw ProblemException.badRequest("periodEnd", "must not be before periodStart");
  }

  private static void apply(AccountPlan p, PlanInput in, Account a) {
    p.periodStart = in.periodStart();
    p.periodEnd = in.periodEnd();
    p.ownerId = in.ownerId() != null ? in.ownerId() : a.owner == null ? null : a.owner.id;
    p.relationshipStage = in.relationshipStage();
    p.stageGoal = in.stageGoal();
    p.strategy = in.strategy();
    p.strengths = copy(in.strengths());
    p.weaknesses = copy(in.weaknesses());
    p.opportunities = copy(in.opportunities());
    p.threats = copy(in.threats());
  }

  private static List<String> copy(List<String> l) {
    return l == null ? new ArrayList<>() : new ArrayList<>(l);
  }

  private static Map<String, Object> header(AccountPlan p) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("periodStart", p.periodStart);
    m.put("periodEnd", p.periodEnd);
    m.put("status", p.status);
    m.put("ownerId", p.ownerId);
    m.put("relationshipStage", p.relationshipStage);
    m.put("stageGoal", p.stageGoal);
    m.put("strategy", p.strategy);
    m.put("swot", new PlanDto.Swot(p.strengths, p.weaknesses, p.opportunities, p.threats));
    return m;
  }
}
