package io.pareto.activity;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.Page;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.contact.ContactsChanged;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Visits and other contacts with a customer (docs/method.md §10). */
@ApplicationScoped
@RetriedOnContention
public class ActivityService {
  private final ActivityRepository activities;
  private final CommitmentRepository commitmentRows;
  private final CommitmentService commitments;
  private final AccountService accounts;
  private final CadenceRule cadence;
  private final Caller caller;
  private final AuditTrail audit;
  private final Event<ContactsChanged> contactsChanged;

  public ActivityService(
      ActivityRepository activities,
      CommitmentRepository commitmentRows,
      CommitmentService commitments,
      AccountService accounts,
      CadenceRule cadence,
      Caller caller,
      AuditTrail audit,
      Event<ContactsChanged> contactsChanged) {
    this.activities = activities;
    this.commitmentRows = commitmentRows;
    this.commitments = commitments;
    this.accounts = accounts;
    this.cadence = cadence;
    this.caller = caller;
    this.audit = audit;
    this.contactsChanged = contactsChanged;
  }

  /**
   * Logs an activity. A VISIT must end with a customer commitment or say why not (§10: 每次拜访
   * 结束时要让客户做出某种承诺); the involved contacts' last-contacted date moves forward in one UPDATE.
   */
  @Transactional
  public ActivityDto log(long accountId, ActivityInput in) {
    Account account = accounts.requireVisible(accountId);
    List<CommitmentInput> promised = in.commitments() == null ? List.of() : in.commitments();
    boolean customerPromised = promised.stream().anyMatch(c -> c.side() == CommitmentSide.CUSTOMER);
    if (in.kind() == ActivityKind.VISIT
        && !customerPromised
        && (in.noCommitmentReason() == null || in.noCommitmentReason().isBlank())) {
      throw new ProblemException(
          ProblemException.Kind.RULE_VIOLATED,
          "VISIT_WITHOUT_COMMITMENT",
          "A visit must record what the customer committed to, or a noCommitmentReason",
          List.of(
              new Problem.FieldError(
                  "commitments",
                  "CUSTOMER_COMMITMENT_REQUIRED",
                  "needs a CUSTOMER commitment or a noCommitmentReason",
                  null)));
    }
    Set<Long> contactIds =
        in.contactIds() == null ? Set.of() : new LinkedHashSet<>(in.contactIds());
    if (!contactIds.isEmpty()
        && activities.countContactsOf(accountId, contactIds) != contactIds.size()) {
      throw ProblemException.badRequest(
          "contactIds", "every contact must belong to account " + accountId);
    }
    if (in.opportunityId() != null && !activities.opportunityOf(accountId, in.opportunityId())) {
      throw ProblemException.badRequest(
          "opportunityId", "the opportunity must belong to account " + accountId);
    }
    Activity a = new Activity();
    a.accountId = accountId;
    a.ownerId = caller.userId();
    a.kind = in.kind();
    a.occurredOn = in.occurredOn();
    a.purpose = in.purpose();
    a.outcome = in.outcome();
    a.opportunityId = in.opportunityId();
    a.noCommitmentReason = customerPromised ? null : in.noCommitmentReason();
    Preparation p = in.preparation() == null ? Preparation.NONE : in.preparation();
    a.prepBusinessCards = p.businessCards();
    a.prepNotebook = p.notebook();
    a.prepContactList = p.contactList();
    a.prepProductMaterial = p.productMaterial();
    a.prepPriceQuote = p.priceQuote();
    a.contactIds.addAll(contactIds);
    activities.persistAndFlush(a);
    List<CommitmentDto> made = new ArrayList<>();
    for (CommitmentInput c : promised) made.add(commitments.record(account, null, a.id, c));
    // Planned (future) activities are not contacts yet.
    if (!contactIds.isEmpty() && !a.occurredOn.isAfter(LocalDate.now())) {
      touchContacts(accountId, contactIds, a.occurredOn);
    }
    ActivityDto dto = ActivityDto.of(a, made);
    audit.created("ACTIVITY", a.id, accountId, dto);
    return dto;
  }

  /**
   * Moves the contacts' last contact date forward, with one audit change per contact (the decision
   * map replays them for ?asOf=), and lets derived tables refresh (the date feeds
   * STALE_KEY_CONTACT).
   */
  private void touchContacts(long accountId, Collection<Long> contactIds, LocalDate on) {
    List<ActivityRepository.Touched> moving = activities.contactsToTouch(accountId, contactIds, on);
    if (moving.isEmpty()) return;
    activities.touchContacts(accountId, contactIds, on);
    for (var c : moving) {
      Map<String, Object> before = new HashMap<>();
      before.put(
          "lastContactedOn", c.lastContactedOn() == null ? null : c.lastContactedOn().toString());
      audit.updated("CONTACT", c.id(), accountId, before, Map.of("lastContactedOn", on.toString()));
    }
    contactsChanged.fire(new ContactsChanged(accountId));
  }

  public Optional<ActivityDto> get(long id) {
    return activities
        .findVisible(caller.scope(), id)
        .map(
            a ->
                ActivityDto.of(
                    a,
                    commitmentRows.forActivities(List.of(a.id)).stream()
                        .map(CommitmentDto::of)
                        .toList()));
  }

  /** Newest first, with each activity's commitments fetched in one more query. */
  public Page<ActivityDto> forAccount(long accountId, Long opportunityId, int page, int size) {
    accounts.requireVisible(accountId);
    List<Activity> rows = activities.forAccount(accountId, opportunityId, page * size, size);
    Map<Long, List<CommitmentDto>> byActivity =
        commitmentRows.forActivities(rows.stream().map(a -> a.id).toList()).stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.activityId, Collectors.mapping(CommitmentDto::of, Collectors.toList())));
    return new Page<>(
        rows.stream()
            .map(a -> ActivityDto.of(a, byActivity.getOrDefault(a.id, List.of())))
            .toList(),
        page,
        size,
        activities.countForAccount(accountId, opportunityId));
  }

  /** "KEY account not visited in N days" findings for the accounts the caller may see (§10). */
  public List<CadenceFindingDto> cadenceFindings(LocalDate asOf) {
    return activities.cadenceFindings(caller.scope(), cadence.visitDays(), asOf);
  }
}
