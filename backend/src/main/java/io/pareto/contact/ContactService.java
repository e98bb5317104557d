package io.pareto.contact;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.competitor.CompetitorService;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.MergedAway;
import io.pareto.dataset.Tombstones;
import io.pareto.security.Caller;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
@RetriedOnContention
public class ContactService {
  private final Tombstones tombstones;
  private final WebhookOutbox outbox;
  private final ContactRepository contacts;
  private final AccountService accounts;
  private final Caller caller;
  private final AuditTrail audit;
  private final CompetitorService competitors;
  private final Event<ContactsChanged> changed;

  public ContactService(
      ContactRepository contacts,
      AccountService accounts,
      Caller caller,
      AuditTrail audit,
      CompetitorService competitors,
      Event<ContactsChanged> changed,
      Tombstones tombstones,
      WebhookOutbox outbox) {
    this.outbox = outbox;
    this.contacts = contacts;
    this.accounts = accounts;
    this.caller = caller;
    this.audit = audit;
    this.competitors = competitors;
    this.changed = changed;
    this.tombstones = tombstones;
  }

  /** Contacts of one account (404 if the account is not visible), or of every visible account. */
  public Page<ContactDto> list(Long accountId, Layer layer, String q, PageRequest page) {
    if (accountId != null) accounts.requireVisible(accountId);
    return contacts.page(caller.scope(), accountId, layer, q, page).map(ContactDto::of);
  }

  public Optional<ContactDto> get(long id) {
    return contacts.findVisible(caller.scope(), id).map(ContactDto::of);
  }

  @Transactional
  public ContactDto create(long accountId, ContactInput in) {
    Account a = accounts.requireVisible(accountId);
    Contact c = new Contact();
    c.account = a;
    checkReportsTo(c, in.reportsToId());
    apply(c, in);
    contacts.persistAndFlush(c);
    audit.created("CONTACT", c.id, a.id, ContactDto.of(c));
    outbox.publish(WebhookEvents.CONTACT_CREATED, "CONTACT:" + c.id, ContactDto.of(c));
    changed.fire(new ContactsChanged(a.id));
    return ContactDto.of(c);
  }

  @Transactional
  public ContactDto replace(long id, long expectedVersion, ContactInput in) {
    Contact c = require(id);
    ETags.check(expectedVersion, c.version);
    ContactDto before = ContactDto.of(c);
    checkReportsTo(
        c, in.reportsToId()); // before apply: its query must not flush half-applied changes
    apply(c, in);
    contacts.flush();
    audit.updated("CONTACT", c.id, c.account.id, before, ContactDto.of(c));
    outbox.publish(WebhookEvents.CONTACT_UPDATED, "CONTACT:" + c.id, ContactDto.of(c));
    changed.fire(new ContactsChanged(c.account.id));
    return ContactDto.of(c);
  }

  public ContactInput currentInput(long id) {
    return ContactInput.of(require(id));
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    Contact c = require(id);
    ETags.check(expectedVersion, c.version);
    audit.deleted("CONTACT", c.id, c.account.id, ContactDto.of(c));
    outbox.publish(WebhookEvents.CONTACT_DELETED, "CONTACT:" + c.id, ContactDto.of(c));
    tombstones.record(Dataset.CONTACTS, c.id);
    contacts.delete(c);
    changed.fire(new ContactsChanged(c.account.id));
  }

  /** The contact if the caller may see it, else a 404 (naming the survivor of a merge). */
  public Contact require(long id) {
    return contacts.findVisible(caller.scope(), id).orElseThrow(() -> notFound(id));
  }

  public ProblemException notFound(long id) {
    return tombstones
        .mergedInto(Dataset.CONTACTS, id)
        .filter(into -> contacts.findVisible(caller.scope(), into).isPresent())
        .<ProblemException>map(into -> new MergedAway("Contact", id, into))
        .orElseGet(() -> ProblemException.notFound("Contact", id));
  }

  /**
   * The duplicate of a contact merge, its links already moved to {@code survivorId}, goes; its
   * tombstone points at the survivor.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void retireMerged(Contact duplicate, long survivorId) {
    tombstones.record(Dataset.CONTACTS, duplicate.id);
    tombstones.markMerged(Dataset.CONTACTS, duplicate.id, survivorId);
    contacts.delete(duplicate);
    contacts.flush();
  }

  /**
   * The survivor of a contact merge takes the merged fields and a new version (its links changed
   * even when no field did); the account's decision-map summary follows.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ContactDto absorb(Contact survivor, ContactInput merged) {
    checkReportsTo(survivor, merged.reportsToId());
    apply(survivor, merged);
    survivor.updatedAt = java.time.Instant.now();
    contacts.flush();
    changed.fire(new ContactsChanged(survivor.account.id));
    return ContactDto.of(survivor);
  }

  private void apply(Contact c, ContactInput in) {
    if (in.externalId() != null) {
      contacts
          .findByExternalId(in.externalId())
          .filter(o -> !o.id.equals(c.id))
          .ifPresent(
              o -> {
                throw ProblemException.conflict(
                    "externalId: '" + in.externalId() + "' is already used by contact " + o.id);
              });
    }
    if (in.competitorId() != null && !competitors.exists(in.competitorId())) {
      throw ProblemException.badRequest(
          "competitorId", "competitor " + in.competitorId() + " does not exist");
    }
    if (in.competitorCloseness() != null && in.competitorId() == null) {
      throw ProblemException.badRequest(
          "competitorCloseness", "needs competitorId: whose rep is close?");
    }
    // Every lookup happens above, before the first change, so the entity is flushed (and versioned)
    // once.
    c.externalId = in.externalId();
    c.name = in.name();
    c.title = in.title();
    c.department = in.department();
    c.email = in.email();
    c.phone = in.phone();
    c.layer = in.layer();
    c.lastContactedOn = in.lastContactedOn();
    var roles =
        in.roles() == null || in.roles().isEmpty()
            ? EnumSet.noneOf(BuyingRole.class)
            : EnumSet.copyOf(in.roles());
    if (!c.roles.equals(roles)) { // clear() alone would mark the set dirty and bump the version
      c.roles.clear();
      c.roles.addAll(roles);
    }
    c.influence = in.influence();
    c.attitude = in.attitude();
    c.closeness = in.closeness();
    c.valueOrientation = in.valueOrientation();
    c.personalNotes = in.personalNotes();
    c.reportsToId = in.reportsToId();
    c.competitorId = in.competitorId();
    c.competitorCloseness = in.competitorCloseness();
  }

  /**
   * reportsTo must name another contact of the same account and must not close a cycle (409 names
   * it).
   */
  private void checkReportsTo(Contact c, Long managerId) {
    if (managerId == null) return;
    if (managerId.equals(c.id))
      throw ProblemException.badRequest("reportsToId", "a contact cannot report to itself");
    Map<Long, Long> managerOf = new HashMap<>();
    for (var line : contacts.reportingLines(c.account.id))
      managerOf.put(line.contactId(), line.reportsToId());
    if (!managerOf.containsKey(managerId)) {
      throw ProblemException.badRequest(
          "reportsToId", "contact " + managerId + " is not a contact of account " + c.account.id);
    }
    if (c.id == null) return; // a new contact has nobody reporting to it yet, so no cycle
    managerOf.put(c.id, null);
    ReportingLine.cycle(managerOf, c.id, managerId)
        .ifPresent(
            cycle -> {
              throw ProblemException.conflict(
                  "reportsToId: "
                      + c.id
                      + " reporting to "
                      + managerId
                      + " would close the cycle "
                      + cycle.stream().map(String::valueOf).collect(Collectors.joining(" → ")));
            });
  }
}
