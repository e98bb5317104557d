package io.pareto.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.security.AuthKind;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Idempotency-Key on every POST, as payment APIs have it: the first request with a key runs and its
 * answer is kept; a retry with the same key and the same request gets that answer again (marked
 * Idempotent-Replayed) without running; the same key on a different request is a 422. Keys belong
 * to the signed-in user. Runs after authentication and the write guard, so a refused request claims
 * nothing.
 */
public class IdempotencyFilter {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final String CLAIM = IdempotencyFilter.class.getName();

  /**
   * Answers a retry could change: failures, conflicts, stale versions, limits. Their key is freed.
   */
  private static final Set<Integer> NOT_KEPT = Set.of(409, 412, 428, 429);

  private static final long WAIT_MILLIS = 10_000;

  private final IdempotencyStore store;
  private final ObjectMapper mapper;

  public IdempotencyFilter(IdempotencyStore store, ObjectMapper mapper) {
    this.store = store;
    this.mapper = mapper;
  }

  @ServerRequestFilter(priority = Priorities.USER + 100)
  public Response claim(ContainerRequestContext request, RoutingContext rc) throws IOException {
    if (!"POST".equals(request.getMethod())) return null;
    String key = request.getHeaderString(HEADER);
    if (key == null) return null;
    if (!(rc.user() instanceof QuarkusHttpUser user))
      return null; // sign-in itself: nothing to replay
    Long userId = user.getSecurityIdentity().getAttribute(AuthKind.USER_ID);
    if (userId == null) return null;
    if (key.isBlank()
        || key.length() > 255
        || !key.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
      throw ProblemException.badRequest(
          HEADER, "must be 1 to 255 printable ASCII characters (a UUID is ideal)");
    }
    SpooledBody body = SpooledBody.read(request.getEntityStream());
    request.setEntityStream(body.stream());
    String hash = fingerprint(request, body.sha256());

    IdempotencyStore.Claim claim = store.claim(userId, key, hash);
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    // A concurrent request with this key is running: wait for its answer rather than write twice.
    while (claim instanceof IdempotencyStore.InProgress && System.currentTimeMillis() < deadline) {
      sleep();
      claim = store.lookUp(userId, key, hash);
      if (claim == null) claim = store.claim(userId, key, hash);
    }
    if (claim instanceof IdempotencyStore.Owned owned) {
      request.setProperty(CLAIM, owned);
      return null;
    }
    if (claim instanceof IdempotencyStore.Stored stored) return replay(stored);
    if (claim instanceof IdempotencyStore.Mismatch) {
      throw new ProblemException(
          422,
          "idempotency-key-reused",
          "Idempotency key reused",
          "This Idempotency-Key was used within the retention window for a different request (method, path or"
              + " body); use a new key for a new request",
          List.of(new Problem.FieldError(HEADER, "already used for a different request")));
    }
    throw new ProblemException(
        409,
        "idempotency-key-in-progress",
        "Request in progress",
        "A request with this Idempotency-Key is still running; retry later",
        null);
  }

  @ServerResponseFilter
  public void record(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!(request.getProperty(CLAIM) instanceof IdempotencyStore.Owned owned)) return;
    int status = response.getStatus();
    if (status >= 500 || NOT_KEPT.contains(status)) {
      store.release(owned);
      return;
    }
    String body = body(response);
    String type = response.getMediaType() == null ? null : response.getMediaType().toString();
    store.complete(
        owned,
        status,
        type,
        response.getHeaderString(HttpHeaders.LOCATION),
        response.getHeaderString(HttpHeaders.ETAG),
        body);
  }

  /** The entity as the client will receive it (this filter runs before the body is written). */
  private String body(ContainerResponseContext response) throws IOException {
    Object entity = response.getEntity();
    if (entity == null) return null;
    if (entity instanceof String s) return s;
    if (entity instanceof StreamingOutput out) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.write(bytes);
      String text = bytes.toString(StandardCharsets.UTF_8);
      response.setEntity(text);
      return text;
    }
    return mapper.writeValueAsString(entity);
  }

  private static Response replay(IdempotencyStore.Stored stored) {
    Response.ResponseBuilder b = Response.status(stored.status()).header(REPLAYED, "true");
    if (stored.body() != null) b.entity(stored.body());
    if (stored.contentType() != null) b.type(stored.contentType());
    if (stored.location() != null) b.header(HttpHeaders.LOCATION, stored.location());
    if (stored.etag() != null) b.header(HttpHeaders.ETAG, stored.etag());
    return b.build();
  }

  /** Same key means same request only if method, path with query, media type and body all match. */
  private static String fingerprint(ContainerRequestContext request, byte[] bodyHash) {
    var uri = request.getUriInfo().getRequestUri();
    String head =
        request.getMethod()
            + " "
            + uri.getRawPath()
            + "?"
            + uri.getRawQuery()
            + " "
            + request.getHeaderString(HttpHeaders.CONTENT_TYPE)
            + " ";
    byte[] all = SpooledBody.sha256(head.getBytes(StandardCharsets.UTF_8), bodyHash);
    return HexFormat.of().formatHex(all);
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
