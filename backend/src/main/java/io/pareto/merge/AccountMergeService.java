package io.pareto.merge;

import io.pareto.account.Account;
import io.pareto.account.AccountDto;
import io.pareto.account.AccountInput;
import io.pareto.account.AccountLocks;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.contact.ContactsChanged;
import io.pareto.fact.FactSummaries;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a duplicate account into the survivor (查重 → 合并): every child record moves, the survivor
 * takes the chosen fields, the duplicate leaves a tombstone pointing at the survivor. One
 * transaction; a fixed number of statements however many children there are.
 */
@ApplicationScoped
@RetriedOnContention
public class AccountMergeService {
  private final AccountService accounts;
  private final AccountLocks locks;
  private final AccountMergeQueries queries;
  private final FactSummaries facts;
  private final Event<ContactsChanged> contactsChanged;
  private final AuditTrail audit;
  private final WebhookOutbox outbox;
  private final Caller caller;
  private final EntityManager em;

  public AccountMergeService(
      AccountService accounts,
      AccountLocks locks,
      AccountMergeQueries queries,
      FactSummaries facts,
      Event<ContactsChanged> contactsChanged,
      AuditTrail audit,
      WebhookOutbox outbox,
      Caller caller,
      EntityManager em) {
    this.accounts = accounts;
    this.locks = locks;
    this.queries = queries;
    this.facts = facts;
    this.contactsChanged = contactsChanged;
    this.audit = audit;
    this.outbox = outbox;
    this.caller = caller;
    this.em = em;
  }

  /** Both accounts, what would move and what would stop it; changes nothing. */
  public AccountMergePreviewDto preview(long survivorId, long duplicateId) {
    Account s = accounts.requireVisible(survivorId);
    Account d = accounts.requireVisible(duplicateId);
    requireMergeable(s, d);
    return new AccountMergePreviewDto(
        AccountDto.of(s),
        AccountDto.of(d),
        queries.counts(d.id, s.id),
        queries.conflicts(d.id, s.id));
  }

  /**
   * Merges {@code in.duplicateId} into {@code survivorId}. Facts of the same month or reviews of
   * the same period on both are refused (409 MERGE_CONFLICT), never summed or dropped silently.
   */
  @Transactional
  public AccountMergeDto merge(long survivorId, long survivorVersion, AccountMergeInput in) {
    Account s = accounts.requireVisible(survivorId);
    Account d = accounts.requireVisible(in.duplicateId());
    requireMergeable(s, d);
    ETags.check(survivorVersion, s.version);
    ETags.check(in.duplicateVersion(), d.version);
    locks.lock(List.of(s.id, d.id));
    List<MergeConflictDto> conflicts = queries.conflicts(d.id, s.id);
    if (!conflicts.isEmpty()) throw conflict(conflicts);

    Set<AccountField> take = in.takeFromDuplicate() == null ? Set.of() : in.takeFromDuplicate();
    AccountDto before = AccountDto.of(s);
    AccountDto duplicate = AccountDto.of(d);
    AccountInput merged =
        AccountMergeFields.combine(accounts.currentInput(s.id), accounts.currentInput(d.id), take);
    MergeCountsDto moved = queries.counts(d.id, s.id);

    em.flush();
    queries.moveChildren(d.id, s.id);
    accounts.retireMerged(d, s.id);
    AccountDto after = accounts.absorb(s, merged);
    facts.refreshAccount(s.id);
    contactsChanged.fire(new ContactsChanged(s.id));

    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("mergedId", duplicate.id());
    changes.put("takeFromDuplicate", take);
    changes.put("duplicate", duplicate);
    changes.put("before", before);
    changes.put("after", after);
    changes.put("moved", moved);
    audit.recorded("ACCOUNT", s.id, s.id, "MERGE", changes);
    audit.recorded("ACCOUNT", duplicate.id(), s.id, "MERGED_INTO", Map.of("mergedInto", s.id));
    AccountMergeDto result = new AccountMergeDto(after, duplicate.id(), moved);
    outbox.publish(WebhookEvents.ACCOUNT_MERGED, "ACCOUNT:" + s.id, result);
    return result;
  }

  /**
   * Not into itself; a MANAGER merges only accounts owned in their own team (the manager of both
   * owners), or unowned ones they can see.
   */
  private void requireMergeable(Account s, Account d) {
    if (s.id.equals(d.id)) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "MERGE_SELF",
          "An account cannot be merged into itself",
          List.of(
              new Problem.FieldError("duplicateId", "SAME_AS_SURVIVOR", "is the survivor", null)),
          s.id);
    }
    if (caller.hasRole(Role.ADMIN)) return;
    for (Account a : List.of(s, d)) {
      if (a.owner == null || a.owner.id.equals(caller.userId())) continue;
      Long team = a.owner.teamId();
      if (team == null || !team.equals(caller.teamId())) {
        throw new ProblemException(
            ProblemException.Kind.CONFLICT,
            "MERGE_ACROSS_SCOPES",
            "Account "
                + a.id
                + " is owned outside your team; an administrator merges accounts across teams",
            List.of(
                new Problem.FieldError(
                    a == s ? "id" : "duplicateId",
                    "OUTSIDE_TEAM",
                    "owned outside your team",
                    null)),
            a.id);
      }
    }
  }

  private static ProblemException conflict(List<MergeConflictDto> conflicts) {
    List<Problem.FieldError> errors =
        conflicts.stream()
            .map(
                c ->
                    new Problem.FieldError(
                        c.kind() == MergeConflictDto.Kind.FACT_MONTH ? "facts" : "reviews",
                        c.kind().name(),
                        "both accounts have records for " + String.join(", ", c.keys()),
                        c.keys()))
            .toList();
    String keys = String.join(", ", conflicts.stream().flatMap(c -> c.keys().stream()).toList());
    return new ProblemException(
        ProblemException.Kind.CONFLICT,
        "MERGE_CONFLICT",
        "Both accounts hold facts or reviews for "
            + keys
            + "; correct or delete one of each pair first",
        errors,
        keys);
  }
}
