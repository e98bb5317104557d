package io.pareto.user;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<AppUser, Long> {
  public Optional<AppUser> findByEmail(String email) {
    return find("lower(email) = ?1", email.toLowerCase()).firstResultOptional();
  }

  public long countAdmins() {
    return count("role = io.pareto.security.Role.ADMIN and active = true");
  }
}
