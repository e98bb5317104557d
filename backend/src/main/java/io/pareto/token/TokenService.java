package io.pareto.token;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ProblemException;
import io.pareto.security.AuthKind;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import io.pareto.user.AppUser;
import io.pareto.user.SignedOutEverywhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Personal API tokens for integrations and BI tools. A token is 256 random bits, so a plain SHA-256
 * is a safe way to store it (bcrypt is for guessable passwords) and makes the per-request lookup
 * one indexed query; deleting the row revokes it for the very next request.
 */
@ApplicationScoped
public class TokenService {
  static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
  static final Duration MAX_LIFETIME = Duration.ofDays(731);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TokenRepository tokens;
  private final Caller caller;
  private final AuditTrail audit;

  public TokenService(TokenRepository tokens, Caller caller, AuditTrail audit) {
    this.tokens = tokens;
    this.caller = caller;
    this.audit = audit;
  }

  public List<TokenDto> mine() {
    return tokens.ofUser(caller.userId()).stream().map(TokenDto::of).toList();
  }

  /** An admin's view of another user's tokens; 404 for an unknown user. */
  public List<TokenDto> ofUser(long userId) {
    requireUser(userId);
    return tokens.ofUser(userId).stream().map(TokenDto::of).toList();
  }

  /** A token for the caller. A token cannot mint tokens: that needs a password or a session. */
  @Transactional
  public NewTokenDto createMine(TokenInput in) {
    return create(
        tokens.getEntityManager().find(AppUser.class, Objects.requireNonNull(caller.userId())), in);
  }

  /** A token for a (service) user, made by an admin. */
  @Transactional
  public NewTokenDto createFor(long userId, TokenInput in) {
    return create(requireUser(userId), in);
  }

  void onSignedOutEverywhere(@Observes SignedOutEverywhere e) {
    revokeAllOf(e.userId());
  }

  /**
   * Revokes every token of a user, each with its audit event: a password reset or a deactivation
   * ends all of the user's access, and a later reactivation brings none of it back.
   */
  @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
  public int revokeAllOf(long userId) {
    List<ApiToken> all = tokens.ofUser(userId);
    all.forEach(t -> audit.deleted("API_TOKEN", t.id, null, TokenDto.of(t)));
    tokens.delete("user.id", userId);
    return all.size();
  }

  /** Revokes one of the caller's tokens (an admin: anyone's). Others' tokens answer 404. */
  @Transactional
  public void revoke(long id) {
    ApiToken t =
        tokens
            .findByIdOptional(id)
            .filter(x -> caller.hasRole(Role.ADMIN) || x.user.id.equals(caller.userId()))
            .orElseThrow(() -> ProblemException.notFound("Token", id));
    audit.deleted("API_TOKEN", t.id, null, TokenDto.of(t));
    // Kept by hash, so a later request with the revoked secret is recognised and audited.
    tokens
        .getEntityManager()
        .createNativeQuery(
            "insert into revoked_token (token_hash, token_id, user_id, revoked_at) values (?1, ?2, ?3, ?4)")
        .setParameter(1, t.tokenHash)
        .setParameter(2, t.id)
        .setParameter(3, t.user.id)
        .setParameter(4, Instant.now())
        .executeUpdate();
    tokens.delete(t);
  }

  private NewTokenDto create(AppUser user, TokenInput in) {
    if (caller.authKind() == AuthKind.TOKEN) {
      throw ProblemException.forbidden(
          "API tokens cannot create tokens; sign in with a password", null);
    }
    Instant now = Instant.now();
    Instant expires = in.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : in.expiresAt();
    if (expires.isAfter(now.plus(MAX_LIFETIME))) {
      throw ProblemException.badRequest(
          "expiresAt", "at most " + MAX_LIFETIME.toDays() + " days ahead");
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = "pat_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken t = new ApiToken();
    t.user = user;
    t.name = in.name().trim();
    t.tokenHash = hash(secret);
    t.prefix = secret.substring(0, 9);
    t.scope = in.scope();
    t.expiresAt = expires;
    t.createdBy = caller.name();
    t.createdAt = now;
    tokens.persistAndFlush(t);
    TokenDto dto = TokenDto.of(t);
    audit.created("API_TOKEN", t.id, null, dto);
    return new NewTokenDto(dto, secret);
  }

  private AppUser requireUser(long userId) {
    AppUser u = tokens.getEntityManager().find(AppUser.class, userId);
    if (u == null) throw ProblemException.notFound("User", userId);
    return u;
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
