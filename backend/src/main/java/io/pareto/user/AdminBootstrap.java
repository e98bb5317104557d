package io.pareto.user;

import io.pareto.security.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A fresh installation needs someone who can sign in: when no admin exists, create one from
 * PARETO_ADMIN_EMAIL / PARETO_ADMIN_PASSWORD, or generate a password and print it once.
 */
@ApplicationScoped
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  @ConfigProperty(name = "pareto.admin.email", defaultValue = "admin@pareto.local")
  String email;

  @ConfigProperty(name = "pareto.admin.password")
  Optional<String> password;

  @ConfigProperty(name = "pareto.admin.bootstrap", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "pareto.security.bcrypt-cost")
  int bcryptCost;

  private final UserRepository users;

  public AdminBootstrap(UserRepository users) {
    this.users = users;
  }

  void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
    if (!enabled) return;
    try {
      QuarkusTransaction.requiringNew().run(this::createFirstAdmin);
    } catch (RuntimeException e) {
      // Instances started together on an empty database race here: the one whose insert lost uses
      // the winner's admin instead of failing to start.
      if (QuarkusTransaction.requiringNew().call(users::countAdmins) == 0) throw e;
      LOG.infof("Another instance created the first admin");
    }
  }

  private void createFirstAdmin() {
    if (users.countAdmins() > 0) return;
    String pw = password.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = pw == null;
    if (generated) {
      byte[] bytes = new byte[15];
      new SecureRandom().nextBytes(bytes);
      pw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
    AppUser admin = users.findByEmail(email).orElseGet(AppUser::new);
    admin.email = email.toLowerCase();
    admin.name = admin.name == null ? "Administrator" : admin.name;
    admin.role = Role.ADMIN;
    admin.active = true;
    admin.passwordHash = BcryptUtil.bcryptHash(pw, bcryptCost);
    users.persist(admin);
    if (generated) {
      // Printed once, on purpose: this is the only way the operator learns it.
      LOG.warnf(
          "Created the first admin %s with the generated password %s — sign in and change it",
          admin.email, pw);
    } else {
      LOG.infof("Created the first admin %s from PARETO_ADMIN_PASSWORD", admin.email);
    }
  }
}
