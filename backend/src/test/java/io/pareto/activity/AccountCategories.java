package io.pareto.activity;

import io.pareto.account.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Tests set an account's category directly: the API leaves it to classification. */
@ApplicationScoped
public class AccountCategories {
  private final EntityManager em;

  public AccountCategories(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public void set(long accountId, Category category) {
    em.createNativeQuery("update account set category = :c where id = :id")
        .setParameter("c", category.name())
        .setParameter("id", accountId)
        .executeUpdate();
  }
}
