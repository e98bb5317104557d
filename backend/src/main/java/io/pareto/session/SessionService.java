package io.pareto.session;

import io.pareto.audit.AccessAudit;
import io.pareto.common.ProblemException;
import io.pareto.security.AuthKind;
import io.pareto.security.Caller;
import io.pareto.user.Credentials;
import io.pareto.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in for the SPA: the same password check and throttle as HTTP Basic, then a signed session.
 */
@ApplicationScoped
public class SessionService {
  private final Credentials credentials;
  private final SessionCookies cookies;
  private final Caller caller;
  private final AccessAudit audit;
  private final CurrentUser currentUser;

  public SessionService(
      Credentials credentials,
      SessionCookies cookies,
      Caller caller,
      AccessAudit audit,
      CurrentUser currentUser) {
    this.credentials = credentials;
    this.cookies = cookies;
    this.caller = caller;
    this.audit = audit;
    this.currentUser = currentUser;
  }

  /** A new session and the values of its two cookies. */
  public record SignedIn(SessionUser user, String sessionCookie, String csrfToken) {}

  /**
   * Checks the password (bcrypt) behind the per-user and per-address throttle.
   *
   * @throws io.pareto.security.Throttled after too many failures (429)
   * @throws ProblemException 401 for a wrong password or an unknown user alike
   */
  public SignedIn signIn(SignInInput in, String clientAddress) {
    var user =
        credentials
            .verify(in.email(), in.password(), clientAddress, AuthKind.SESSION)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemException.Kind.UNAUTHORIZED,
                        "WRONG_CREDENTIALS",
                        "The email or the password is wrong",
                        null));
    audit.record(
        AccessAudit.Action.SIGN_IN,
        "USER",
        user.id,
        user.email,
        Map.of("address", clientAddress, "via", "SESSION"));
    SessionCookies.Claims claims = cookies.open(user.id, user.sessionGeneration);
    return new SignedIn(SessionUser.of(user), cookies.seal(claims), claims.csrf());
  }

  /**
   * Audits the sign-out of a signed-in session; the cookies are cleared whether or not there was
   * one.
   */
  public void signOut(String clientAddress) {
    if (caller.authKind() != AuthKind.SESSION) return;
    Long id = caller.userId();
    if (id != null)
      audit.record(
          AccessAudit.Action.SIGN_OUT,
          "USER",
          id,
          caller.name(),
          Map.of("address", clientAddress, "via", "SESSION"));
  }

  /** The signed-in user, however they authenticated. */
  public Optional<SessionUser> current() {
    return currentUser.get().map(SessionUser::of);
  }
}
