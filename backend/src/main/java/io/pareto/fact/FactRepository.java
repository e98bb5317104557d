package io.pareto.fact;

import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<AccountFact, Long> {
  public Optional<AccountFact> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select f from AccountFact f join fetch f.account a where f.id = :id and "
                    + scope.jpql("a"),
                AccountFact.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public Optional<AccountFact> findByMonth(long accountId, LocalDate month) {
    return find("account.id = ?1 and month = ?2", accountId, month).firstResultOptional();
  }
}
