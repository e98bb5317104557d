package io.pareto.account;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.MergedAway;
import io.pareto.dataset.Tombstones;
import io.pareto.duplicate.CreditCode;
import io.pareto.duplicate.DuplicateCheckDto;
import io.pareto.duplicate.DuplicateService;
import io.pareto.industry.Industry;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import io.pareto.user.AppUser;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountService {
  private final AccountRepository accounts;
  private final Caller caller;
  private final AuditTrail audit;
  private final OwnerPolicy ownerPolicy;
  private final Event<AccountDeleting> deleting;
  private final WebhookOutbox outbox;
  private final DuplicateService duplicates;
  private final Tombstones tombstones;

  public AccountService(
      AccountRepository accounts,
      Caller caller,
      AuditTrail audit,
      OwnerPolicy ownerPolicy,
      Event<AccountDeleting> deleting,
      WebhookOutbox outbox,
      DuplicateService duplicates,
      Tombstones tombstones) {
    this.tombstones = tombstones;
    this.duplicates = duplicates;
    this.deleting = deleting;
    this.outbox = outbox;
    this.accounts = accounts;
    this.caller = caller;
    this.audit = audit;
    this.ownerPolicy = ownerPolicy;
  }

  public Page<AccountDto> list(AccountFilter filter, PageRequest page) {
    return accounts.page(caller.scope(), filter, page);
  }

  public Optional<AccountDto> get(long id) {
    return accounts.findVisible(caller.scope(), id).map(AccountDto::of);
  }

  /**
   * The account if the caller may see it, else a 404 problem. Other features use this to scope
   * their children (contacts, facts, opportunities, ...) through the account.
   */
  public Account requireVisible(long id) {
    return accounts.findVisible(caller.scope(), id).orElseThrow(() -> notFound(id));
  }

  /**
   * The 404 for an id the caller cannot read: one naming the survivor when the account was merged
   * into one the caller may see, a plain one otherwise.
   */
  public ProblemException notFound(long id) {
    return tombstones
        .mergedInto(Dataset.ACCOUNTS, id)
        .filter(into -> accounts.findVisible(caller.scope(), into).isPresent())
        .<ProblemException>map(into -> new MergedAway("Account", id, into))
        .orElseGet(() -> ProblemException.notFound("Account", id));
  }

  /**
   * Creates the account; one that looks like an existing account (a likely duplicate) needs a
   * {@code duplicateReason}, which is audited.
   */
  @Transactional
  public AccountDto create(AccountInput in, String duplicateReason) {
    Account a = new Account();
    apply(a, in);
    if (a.owner == null && caller.userId() != null)
      a.owner = accounts.getEntityManager().find(AppUser.class, caller.userId());
    DuplicateCheckDto overridden = duplicates.guard(a.name, a.creditCode, null, duplicateReason);
    accounts.persistAndFlush(a);
    AccountDto dto = AccountDto.of(a);
    audit.created("ACCOUNT", a.id, a.id, dto);
    duplicates.confirmed(a.id, overridden, duplicateReason);
    outbox.publish(WebhookEvents.ACCOUNT_CREATED, "ACCOUNT:" + a.id, dto);
    return dto;
  }

  /** A new name is checked for duplicates as on create; an unchanged one is not. */
  @Transactional
  public AccountDto replace(
      long id, long expectedVersion, AccountInput in, String duplicateReason) {
    Account a = requireVisible(id);
    ETags.check(expectedVersion, a.version);
    AccountDto before = AccountDto.of(a);
    String oldName = a.name;
    apply(a, in);
    DuplicateCheckDto overridden =
        a.name.equals(oldName) ? null : duplicates.guard(a.name, null, a.id, duplicateReason);
    accounts.flush();
    AccountDto after = AccountDto.of(a);
    audit.updated("ACCOUNT", a.id, a.id, before, after);
    duplicates.confirmed(a.id, overridden, duplicateReason);
    outbox.publish(WebhookEvents.ACCOUNT_UPDATED, "ACCOUNT:" + a.id, after);
    return after;
  }

  /**
   * The duplicate of a merge, its children already moved to {@code survivorId}, goes: its tombstone
   * points at the survivor (incremental exports, GETs on the old id).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void retireMerged(Account duplicate, long survivorId) {
    deleting.fire(new AccountDeleting(duplicate.id));
    tombstones.markMerged(Dataset.ACCOUNTS, duplicate.id, survivorId);
    accounts.delete(duplicate);
    accounts.flush();
  }

  /**
   * The survivor of a merge takes the merged fields (the duplicate is already gone, so its
   * externalId and credit code are free) and a new version even when no field changed: its children
   * did.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AccountDto absorb(Account survivor, AccountInput merged) {
    apply(survivor, merged);
    survivor.updatedAt = java.time.Instant.now();
    accounts.flush();
    return AccountDto.of(survivor);
  }

  public AccountInput currentInput(long id) {
    return AccountInput.of(requireVisible(id));
  }

  /**
   * What the database deletes with an account (ON DELETE CASCADE), so each gets its DELETE event
   * too.
   */
  private static final java.util.Map<String, String> DELETED_ALONG =
      new java.util.LinkedHashMap<>();

  static {
    DELETED_ALONG.put(
        "CONTACT",
        "select id, external_id as \"externalId\", name as \"name\", title as \"title\", "
            + "layer as \"layer\" from contact where account_id = ?1 order by id");
    DELETED_ALONG.put(
        "FACT",
        "select id, fact_month as \"month\", revenue as \"revenue\", gross_profit as "
            + "\"grossProfit\" from account_fact where account_id = ?1 order by id");
    DELETED_ALONG.put(
        "ACCOUNT_TEAM_MEMBER",
        "select cast(account_id as varchar(20)) || ':' || cast(user_id as varchar(20)), user_id as \"userId\", team_role as \"teamRole\" "
            + "from account_team_member where account_id = ?1 order by user_id");
    DELETED_ALONG.put(
        "ACCOUNT_PLAN",
        "select id, period_start as \"periodStart\", period_end as \"periodEnd\", "
            + "status as \"status\" from account_plan where account_id = ?1 order by id");
    DELETED_ALONG.put(
        "COMMITMENT",
        "select id, side as \"side\", kind as \"kind\", description as \"description\" "
            + "from commitment where account_id = ?1 order by id");
    DELETED_ALONG.put(
        "ACTIVITY",
        "select id, kind as \"kind\", occurred_on as \"occurredOn\", purpose as \"purpose\" "
            + "from activity where account_id = ?1 order by id");
  }

  /** Contacts and facts go with the account; opportunities are business history and block it. */
  @Transactional
  public void delete(long id, long expectedVersion) {
    Account a = requireVisible(id);
    ETags.check(expectedVersion, a.version);
    EntityManager em = accounts.getEntityManager();
    long deals =
        em.createQuery("select count(o) from Opportunity o where o.account.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (deals > 0) {
      throw ProblemException.conflict(
          "Account "
              + id
              + " still has "
              + deals
              + " opportunities; delete or move them first (contacts and facts would be deleted with it)");
    }
    audit.deleted("ACCOUNT", a.id, a.id, AccountDto.of(a));
    outbox.publish(WebhookEvents.ACCOUNT_DELETED, "ACCOUNT:" + a.id, AccountDto.of(a));
    DELETED_ALONG.forEach((type, sql) -> audit.deletedAlong(type, a.id, sql));
    deleting.fire(new AccountDeleting(a.id));
    accounts.delete(a);
    accounts.flush();
  }

  private void apply(Account a, AccountInput in) {
    EntityManager em = accounts.getEntityManager();
    if (in.externalId() != null) {
      accounts
          .findByExternalId(in.externalId())
          .filter(o -> !o.id.equals(a.id))
          .ifPresent(
              o -> {
                throw new ProblemException(
                    ProblemException.Kind.CONFLICT,
                    "DUPLICATE_EXTERNAL_ID",
                    "externalId: '" + in.externalId() + "' is already used",
                    List.of(
                        new Problem.FieldError(
                            "externalId", "ALREADY_USED", "already used by account " + o.id, null)),
                    in.externalId());
              });
    }
    a.externalId = in.externalId();
    a.creditCode = uniqueCreditCode(a, in.creditCode());
    a.name = in.name().trim();
    a.industry =
        in.industryCode() == null
            ? null
            : Optional.ofNullable(em.find(Industry.class, in.industryCode()))
                .orElseThrow(
                    () ->
                        ProblemException.badRequest(
                            "industryCode", "unknown industry '" + in.industryCode() + "'"));
    a.region = in.region();
    if (in.ownerId() != null) {
      AppUser owner =
          Optional.ofNullable(em.find(AppUser.class, in.ownerId()))
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "ownerId", "user " + in.ownerId() + " does not exist"));
      // A new account defaults to the caller, so naming yourself is no reassignment.
      ownerPolicy.checkAssign(
          "ownerId",
          a.id == null,
          a.id == null ? caller.userId() : a.owner == null ? null : a.owner.id,
          owner.id);
      if (a.owner == null || !a.owner.id.equals(owner.id)) {
        // a new owner's inactivity counts from now; an account handed over is no pool claim
        a.ownerSince = java.time.Instant.now();
        a.claimedAt = null;
      }
      a.owner = owner;
    }
    a.kaKind = in.kaKind();
    a.relationshipStage = in.relationshipStage();
    a.procurementMode = in.procurementMode();
    a.purchasePattern = in.purchasePattern();
    a.estimatedAnnualPotential = in.estimatedAnnualPotential();
    a.strategicValue = in.strategicValue();
  }

  /**
   * The canonical code if valid and no other account has it. The refusal names the other account
   * only to a caller who may see it; anyone else learns just that the code is taken.
   */
  private String uniqueCreditCode(Account a, String raw) {
    String code = CreditCode.canonical(raw);
    if (code == null) return null;
    CreditCode.problem(code)
        .ifPresent(
            why -> {
              throw ProblemException.badRequest("creditCode", why);
            });
    accounts
        .findByCreditCode(code)
        .filter(o -> !o.id.equals(a.id))
        .ifPresent(
            o -> {
              boolean visible = accounts.findVisible(caller.scope(), o.id).isPresent();
              List<Problem.FieldError> field =
                  List.of(
                      new Problem.FieldError(
                          "creditCode",
                          "ALREADY_USED",
                          visible ? "already used by account " + o.id : "already used",
                          null));
              throw visible
                  ? new ProblemException(
                      ProblemException.Kind.CONFLICT,
                      "DUPLICATE_CREDIT_CODE",
                      "creditCode " + code + " already belongs to account " + o.id + " " + o.name,
                      field,
                      code,
                      o.id,
                      o.name)
                  : new ProblemException(
                      ProblemException.Kind.CONFLICT,
                      "DUPLICATE_CREDIT_CODE_HIDDEN",
                      "creditCode "
                          + code
                          + " already belongs to an account you cannot see; ask your manager",
                      field,
                      code);
            });
    return code;
  }
}
