package io.pareto.support;

import io.pareto.security.Role;
import io.pareto.user.AppUser;
import io.pareto.user.Team;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Creates users and teams for one test; every call makes fresh rows so tests never share data. */
@ApplicationScoped
public class TestUsers {
  public static final String PASSWORD = "test-password-1";
  private static final String HASH = BcryptUtil.bcryptHash(PASSWORD, 4);

  private final EntityManager em;

  public TestUsers(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public long team(String name) {
    Team t = new Team();
    t.name = name + " " + UUID.randomUUID();
    em.persist(t);
    return t.id;
  }

  /** A new active user with {@link #PASSWORD}; returns its email (the login). */
  @Transactional
  public TestUser create(Role role, Long teamId) {
    return named(role, teamId, role.name() + " 测试");
  }

  /** A new active user with this display name. */
  @Transactional
  public TestUser named(Role role, Long teamId, String name) {
    AppUser u = new AppUser();
    u.email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@pareto.test";
    u.name = name;
    u.role = role;
    u.team = teamId == null ? null : em.find(Team.class, teamId);
    u.passwordHash = HASH;
    em.persist(u);
    return new TestUser(u.id, u.email, role);
  }

  public TestUser create(Role role) {
    return create(role, null);
  }

  public record TestUser(long id, String email, Role role) {}
}
