package io.pareto.review;

import io.pareto.account.Category;
import io.pareto.audit.AuditTrail;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;

/**
 * Stand-in until the classification feature's overrides are wired: sets the account's category
 * directly (audited). A classification run would not honour it; the real bean replaces this one.
 */
@DefaultBean
@ApplicationScoped
public class AccountCategoryOverride implements CategoryOverrides {
  private final EntityManager em;
  private final AuditTrail audit;

  public AccountCategoryOverride(EntityManager em, AuditTrail audit) {
    this.em = em;
    this.audit = audit;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void set(long accountId, Category category, String reason, LocalDate expiresOn) {
    Object before = em.createNativeQuery("select category from account where id = :id").setParameter("id", accountId)
        .getSingleResult();
    em.createNativeQuery("update account set category = :c, version = version + 1, updated_at = current_timestamp "
        + "where id = :id").setParameter("c", category.name()).setParameter("id", accountId).executeUpdate();
    audit.updated("ACCOUNT", accountId, accountId, Map.of("category", String.valueOf(before)),
        Map.of("category", category.name(), "overrideReason", reason));
  }
}
