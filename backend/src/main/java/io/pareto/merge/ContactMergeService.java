package io.pareto.merge;

import io.pareto.account.AccountLocks;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.contact.Contact;
import io.pareto.contact.ContactDto;
import io.pareto.contact.ContactInput;
import io.pareto.contact.ContactService;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a duplicate contact into another of the same account: visits, deal buying centres,
 * relationship owners, links and reporting lines move; the duplicate leaves a tombstone pointing at
 * the survivor; the account's decision-map summary is rebuilt. One transaction.
 */
@ApplicationScoped
@RetriedOnContention
public class ContactMergeService {
  private final ContactService contacts;
  private final ContactMergeQueries queries;
  private final AccountLocks locks;
  private final AuditTrail audit;
  private final WebhookOutbox outbox;
  private final EntityManager em;

  public ContactMergeService(
      ContactService contacts,
      ContactMergeQueries queries,
      AccountLocks locks,
      AuditTrail audit,
      WebhookOutbox outbox,
      EntityManager em) {
    this.contacts = contacts;
    this.queries = queries;
    this.locks = locks;
    this.audit = audit;
    this.outbox = outbox;
    this.em = em;
  }

  public ContactMergePreviewDto preview(long survivorId, long duplicateId) {
    Contact s = contacts.require(survivorId);
    Contact d = contacts.require(duplicateId);
    requireMergeable(s, d);
    return new ContactMergePreviewDto(
        ContactDto.of(s), ContactDto.of(d), queries.counts(d.id, s.id));
  }

  @Transactional
  public ContactMergeDto merge(long survivorId, long survivorVersion, ContactMergeInput in) {
    Contact s = contacts.require(survivorId);
    Contact d = contacts.require(in.duplicateId());
    requireMergeable(s, d);
    ETags.check(survivorVersion, s.version);
    ETags.check(in.duplicateVersion(), d.version);
    locks.lock(List.of(s.account.id));

    Set<ContactField> take = in.takeFromDuplicate() == null ? Set.of() : in.takeFromDuplicate();
    ContactDto before = ContactDto.of(s);
    ContactDto duplicate = ContactDto.of(d);
    ContactInput merged =
        ContactMergeFields.combine(
            s.id, d.id, contacts.currentInput(s.id), contacts.currentInput(d.id), take);
    ContactMergeCountsDto moved = queries.counts(d.id, s.id);

    em.flush();
    queries.moveLinks(d.id, s.id);
    contacts.retireMerged(d, s.id);
    ContactDto after = contacts.absorb(s, merged);

    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("mergedId", duplicate.id());
    changes.put("takeFromDuplicate", take);
    changes.put("duplicate", duplicate);
    changes.put("before", before);
    changes.put("after", after);
    changes.put("moved", moved);
    audit.recorded("CONTACT", s.id, s.account.id, "MERGE", changes);
    ContactMergeDto result = new ContactMergeDto(after, duplicate.id(), moved);
    outbox.publish(WebhookEvents.CONTACT_MERGED, "CONTACT:" + s.id, result);
    return result;
  }

  /** Not into itself, and only within one account (merge the accounts first). */
  private static void requireMergeable(Contact s, Contact d) {
    if (s.id.equals(d.id)) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "MERGE_SELF",
          "A contact cannot be merged into itself",
          List.of(
              new Problem.FieldError("duplicateId", "SAME_AS_SURVIVOR", "is the survivor", null)),
          s.id);
    }
    if (!s.account.id.equals(d.account.id)) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "MERGE_ACROSS_ACCOUNTS",
          "Contacts "
              + s.id
              + " and "
              + d.id
              + " belong to different accounts; merge the accounts first",
          List.of(
              new Problem.FieldError(
                  "duplicateId", "OTHER_ACCOUNT", "belongs to account " + d.account.id, null)),
          d.id,
          d.account.id);
    }
  }
}
