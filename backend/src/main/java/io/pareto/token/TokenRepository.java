package io.pareto.token;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TokenRepository implements PanacheRepositoryBase<ApiToken, Long> {
  public List<ApiToken> ofUser(long userId) {
    return find(
            "from ApiToken t join fetch t.user where t.user.id = ?1 order by t.createdAt desc, t.id desc",
            userId)
        .list();
  }
}
