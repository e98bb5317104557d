package io.pareto.pipeline;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.pipeline.history.StageChangeDto;
import io.pareto.pipeline.history.StageHistory;
import io.pareto.security.Caller;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Moves deals between stages under the rules (docs/method.md §5) and records every move. */
@ApplicationScoped
@RetriedOnContention
public class StageTransitions {
  private static final int IMPORT_CHUNK = 1000;

  private final OpportunityService opportunities;
  private final OpportunityRepository repository;
  private final StageHistory history;
  private final Caller caller;
  private final AuditTrail audit;
  private final WebhookOutbox outbox;

  public StageTransitions(
      OpportunityService opportunities,
      OpportunityRepository repository,
      StageHistory history,
      Caller caller,
      AuditTrail audit,
      WebhookOutbox outbox) {
    this.outbox = outbox;
    this.opportunities = opportunities;
    this.repository = repository;
    this.history = history;
    this.caller = caller;
    this.audit = audit;
  }

  /**
   * Applies one transition (docs/method.md §5: a deal can be lost at any step and the reason
   * matters): a refused move is a 409 naming the allowed ones; missing reasons are 400s.
   */
  @Transactional
  public OpportunityDto transition(long id, long expectedVersion, TransitionInput in) {
    Opportunity o = opportunities.require(id);
    ETags.check(expectedVersion, o.version);
    Stage from = o.stage;
    boolean canReopen = StageRules.mayReopen(caller);
    if (!StageRules.isAllowed(from, in.to(), canReopen)) {
      // A rep asking to reopen gets the same 409, with the (empty) list of what they may do.
      throw new TransitionRefused(from, in.to(), StageRules.allowed(from, canReopen));
    }
    validateReasons(from, in);
    Instant at = in.at() == null ? Instant.now() : in.at();
    if (in.at() != null) {
      if (at.isAfter(Instant.now()))
        throw ProblemException.badRequest("at", "a stage change cannot be in the future");
      Instant last = history.lastChangeAt(id);
      if (last != null && at.isBefore(last)) {
        throw ProblemException.badRequest(
            "at", "must not be before the deal's last recorded change (" + last + ")");
      }
    }
    OpportunityDto before = OpportunityDto.of(o, canReopen);
    o.stage = in.to();
    o.stageChangedAt = at;
    if (in.to() == Stage.LOST) {
      o.lostReason = in.lostReason();
      o.lostReasonText = in.lostReasonText();
      o.competitorId = in.lostReason() == DealLostReason.COMPETITOR ? in.competitorId() : null;
      o.lostAtStage = from;
    } else if (from == Stage.LOST) {
      o.lostReason = null;
      o.lostReasonText = null;
      o.competitorId = null;
      o.lostAtStage = null;
    }
    history.record(id, from, in.to(), at, caller.name(), in.reason(), in.lostReason(), false);
    repository.flush();
    OpportunityDto after = OpportunityDto.of(o, canReopen);
    audit.updated("OPPORTUNITY", o.id, o.account.id, before, after);
    outbox.publish(WebhookEvents.OPPORTUNITY_STAGE_CHANGED, "OPPORTUNITY:" + o.id, after);
    return after;
  }

  /**
   * The opportunity.stage_changed events of deals an import moved: the same event, with the deal as
   * the API shows it, as a move through {@link #transition}. Loaded in chunks, only if someone
   * listens.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announceImported(List<Long> moved) {
    if (moved.isEmpty() || !outbox.subscribed(WebhookEvents.OPPORTUNITY_STAGE_CHANGED)) return;
    boolean canReopen = StageRules.mayReopen(caller);
    for (int from = 0; from < moved.size(); from += IMPORT_CHUNK) {
      Map<String, OpportunityDto> events = new LinkedHashMap<>();
      for (Opportunity o :
          repository.withAccountAndOwner(
              moved.subList(from, Math.min(from + IMPORT_CHUNK, moved.size()))))
        events.put("OPPORTUNITY:" + o.id, OpportunityDto.of(o, canReopen));
      outbox.publishAll(WebhookEvents.OPPORTUNITY_STAGE_CHANGED, events);
    }
  }

  public List<StageChangeDto> history(long id) {
    opportunities.require(id);
    return history.of(id);
  }

  private static void validateReasons(Stage from, TransitionInput in) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (StageRules.isBackStep(from, in.to()) && blank(in.reason())) {
      errors.add(
          new Problem.FieldError(
              "reason", "moving back from " + from + " to " + in.to() + " needs a reason"));
    }
    if (in.to() == Stage.LOST) {
      if (in.lostReason() == null) {
        errors.add(
            new Problem.FieldError(
                "lostReason",
                "a lost deal needs a lost reason",
                java.util.Arrays.stream(DealLostReason.values()).map(Enum::name).toList()));
      } else if (in.lostReason() == DealLostReason.OTHER && blank(in.lostReasonText())) {
        errors.add(new Problem.FieldError("lostReasonText", "lost reason OTHER needs a text"));
      } else if (in.lostReason() == DealLostReason.COMPETITOR && in.competitorId() == null) {
        errors.add(
            new Problem.FieldError("competitorId", "lost reason COMPETITOR needs the competitor"));
      }
    } else if (in.lostReason() != null || in.competitorId() != null) {
      errors.add(new Problem.FieldError("lostReason", "only a move to LOST takes a lost reason"));
    }
    if (!errors.isEmpty()) throw ProblemException.invalid(errors);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
