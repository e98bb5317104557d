package io.pareto.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HMAC key that signs session cookies. PARETO_SESSION_SECRET wins when set; otherwise a random
 * key is generated on first start and kept in the database, which is the one thing all backend
 * instances share — so a cookie issued by one instance is accepted by the others.
 */
@ApplicationScoped
public class SigningKey {
  private static final String NAME = "session";

  @ConfigProperty(name = "pareto.session.secret")
  Optional<String> configured;

  private final EntityManager em;
  private volatile byte[] key;

  public SigningKey(EntityManager em) {
    this.em = em;
  }

  void onStart(@Observes StartupEvent event) {
    key =
        configured
            .filter(s -> s.length() >= 32)
            .map(s -> s.getBytes(StandardCharsets.UTF_8))
            .orElseGet(this::stored);
  }

  byte[] bytes() {
    if (key == null) onStart(null);
    return key;
  }

  private byte[] stored() {
    Optional<String> existing = read();
    if (existing.isEmpty()) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      String secret = Base64.getEncoder().encodeToString(fresh);
      try {
        QuarkusTransaction.requiringNew()
            .run(
                () ->
                    em.createNativeQuery(
                            "insert into signing_key (name, secret, created_at) values (?1, ?2, ?3)")
                        .setParameter(1, NAME)
                        .setParameter(2, secret)
                        .setParameter(3, Instant.now())
                        .executeUpdate());
      } catch (RuntimeException raced) {
        // Another instance inserted first; its key is the one to use.
      }
      existing = read();
    }
    return Base64.getDecoder().decode(existing.orElseThrow());
  }

  private Optional<String> read() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery("select secret from signing_key where name = ?1")
                    .setParameter(1, NAME)
                    .getResultStream()
                    .findFirst()
                    .map(Object::toString));
  }
}
