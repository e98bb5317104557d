package io.pareto.classification;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.account.Category;
import io.pareto.audit.AuditTrail;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Manual categories that win over the policy while unexpired (docs/method.md §11: a periodic KA
 * review promotes, keeps or demotes). Every change is audited.
 */
@ApplicationScoped
public class ClassificationOverrides {
  static final String AUDIT_TYPE = "CLASSIFICATION_OVERRIDE";
  private final EntityManager em;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final Caller caller;
  private final WebhookOutbox outbox;

  public ClassificationOverrides(
      EntityManager em,
      AccountService accounts,
      AuditTrail audit,
      Caller caller,
      WebhookOutbox outbox) {
    this.outbox = outbox;
    this.em = em;
    this.accounts = accounts;
    this.audit = audit;
    this.caller = caller;
  }

  /**
   * Sets (or replaces) the account's override; the account takes the category at once if the
   * override is unexpired today. The key-account review of the plans feature calls this to turn an
   * accepted PROMOTE/DEMOTE into an override (docs/method.md §11).
   */
  @Transactional
  public OverrideDto set(long accountId, Category category, String reason, LocalDate expiresOn) {
    Account a = accounts.requireVisible(accountId);
    ClassificationOverride o = em.find(ClassificationOverride.class, accountId);
    OverrideDto before = o == null ? null : dto(o, a.name);
    Instant now = Instant.now();
    if (o == null) {
      o = new ClassificationOverride();
      o.accountId = accountId;
      o.createdAt = now;
    }
    o.category = category;
    o.reason = reason;
    o.expiresOn = expiresOn;
    o.setBy = caller.name();
    o.updatedAt = now;
    if (before == null) em.persist(o);
    Category was = a.category;
    if (!isExpired(o, LocalDate.now())) a.category = category;
    em.flush();
    announce(a, was);
    OverrideDto after = dto(o, a.name);
    if (before == null) audit.created(AUDIT_TYPE, accountId, accountId, after);
    else audit.updated(AUDIT_TYPE, accountId, accountId, before, after);
    return after;
  }

  /** Removes the override; the account returns to what the latest run's policy said for it. */
  @Transactional
  public void clear(long accountId) {
    Account a = accounts.requireVisible(accountId);
    ClassificationOverride o = em.find(ClassificationOverride.class, accountId);
    if (o == null)
      throw ProblemException.notFound("Classification override for account", accountId);
    audit.deleted(AUDIT_TYPE, accountId, accountId, dto(o, a.name));
    em.remove(o);
    Category was = a.category;
    latestPolicyCategory(accountId).ifPresent(c -> a.category = c);
    em.flush();
    announce(a, was);
  }

  private void announce(Account a, Category was) {
    if (a.category == was) return;
    outbox.publish(
        WebhookEvents.ACCOUNT_CATEGORY_CHANGED,
        "ACCOUNT:" + a.id,
        java.util.Map.of(
            "accountId", a.id, "category", a.category, "previousCategory", String.valueOf(was)));
  }

  public Optional<OverrideDto> find(long accountId) {
    Account a = accounts.requireVisible(accountId);
    return Optional.ofNullable(em.find(ClassificationOverride.class, accountId))
        .map(o -> dto(o, a.name));
  }

  /** Overrides on the accounts the caller may see, soonest expiry first. */
  public Page<OverrideDto> list(PageRequest page) {
    AccountScope scope = caller.scope();
    String from =
        " from ClassificationOverride o, Account a where a.id = o.accountId and " + scope.jpql("a");
    TypedQuery<Long> count = em.createQuery("select count(o)" + from, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select o, a.name"
                + from
                + " order by case when o.expiresOn is null then 1 else 0 end, o.expiresOn, o.accountId",
            Object[].class);
    scope
        .params()
        .forEach(
            (k, v) -> {
              count.setParameter(k, v);
              rows.setParameter(k, v);
            });
    List<OverrideDto> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
            .map(r -> dto((ClassificationOverride) r[0], (String) r[1]))
            .toList();
    return new Page<>(items, page.page, page.size, count.getSingleResult());
  }

  private Optional<Category> latestPolicyCategory(long accountId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT r.policy_category"
                    + ClassificationResults.OF_ACCOUNT
                    + " ORDER BY run.id DESC FETCH FIRST 1 ROWS ONLY")
            .setParameter("a", accountId)
            .getResultList();
    return rows.stream().findFirst().map(r -> Category.valueOf(r.toString()));
  }

  static boolean isExpired(ClassificationOverride o, LocalDate day) {
    return o.expiresOn != null && o.expiresOn.isBefore(day);
  }

  static OverrideDto dto(ClassificationOverride o, String name) {
    return new OverrideDto(
        o.accountId,
        name,
        o.category,
        o.reason,
        o.expiresOn,
        isExpired(o, LocalDate.now()),
        o.setBy,
        o.updatedAt,
        o.version);
  }
}
