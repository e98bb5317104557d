package io.pareto.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * problem+json for what the HTTP layer refuses before (or outside) a JAX-RS resource: a body over
 * the size limit (413), a URI or headers too long (414, 431), and any failure a Vert.x route ends
 * with. Vert.x and Quarkus would answer these with an empty body or their own error page.
 *
 * <p>The HTTP decoder itself is given more room ({@code
 * quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) than the limits enforced
 * here, so an oversized request is parsed and answered here in words; only a request past the
 * decoder's own, larger limits gets the decoder's bare answer.
 */
@ApplicationScoped
public class HttpLayerProblems {
  private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

  /**
   * Before Quarkus' filters (CORS -300, authentication -200: an oversized anonymous request is
   * refused for its size, not asked to sign in) and its upload limit (-2), which would answer 413
   * with an empty body.
   */
  private static final int ORDER = -400;

  private static final Map<Integer, String[]> KNOWN =
      Map.of(
          400, new String[] {"bad-request", "Bad request", "The request could not be read"},
          404, new String[] {"not-found", "Not found", "No resource at this path"},
          405,
              new String[] {
                "method-not-allowed", "Method not allowed", "This path does not support the method"
              },
          413,
              new String[] {
                "payload-too-large", "Payload too large", "The request body is larger than allowed"
              },
          414,
              new String[] {
                "uri-too-long", "URI too long", "The request URI is longer than allowed"
              },
          415,
              new String[] {
                "unsupported-media-type",
                "Unsupported media type",
                "The body's content type is not accepted"
              },
          431,
              new String[] {
                "headers-too-large",
                "Request headers too large",
                "The request headers are larger than allowed"
              });

  private final long maxBody;
  private final int maxUri;
  private final int maxHeaders;

  public HttpLayerProblems(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
      @ConfigProperty(name = "pareto.http.max-uri-length") int maxUri,
      @ConfigProperty(name = "pareto.http.max-header-size") MemorySize maxHeaders) {
    this.maxBody = maxBody.asLongValue();
    this.maxUri = maxUri;
    this.maxHeaders = (int) maxHeaders.asLongValue();
  }

  void routes(@Observes Router router) {
    router.route().order(ORDER).handler(this::limits).failureHandler(this::failure);
  }

  private void limits(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (request.uri().length() > maxUri) {
      send(
          rc,
          414,
          "The request URI has "
              + request.uri().length()
              + " characters; at most "
              + maxUri
              + " are accepted");
      return;
    }
    int headerBytes = 0;
    for (Map.Entry<String, String> h : request.headers())
      headerBytes += h.getKey().length() + h.getValue().length() + 4;
    if (headerBytes > maxHeaders) {
      send(
          rc,
          431,
          "The request headers have "
              + headerBytes
              + " bytes; at most "
              + maxHeaders
              + " are accepted");
      return;
    }
    // The decoder has already refused a Content-Length that is not a number.
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && Long.parseLong(length.trim()) > maxBody) {
      // The body is not read: close the connection once the answer is out, as Quarkus' own limit
      // does.
      rc.response()
          .putHeader(HttpHeaders.CONNECTION, "close")
          .endHandler(v -> request.connection().close());
      send(
          rc,
          413,
          "The request body has " + length.trim() + " bytes; at most " + maxBody + " are accepted");
      return;
    }
    rc.next();
  }

  /**
   * A route that failed outside JAX-RS (whose errors {@link ProblemMappers} renders): never a stack
   * trace.
   */
  private void failure(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (failure != null && failure.getClass().getName().startsWith("io.quarkus.security.")) {
      rc.next(); // sign-in challenges and 403s are the security layer's (AuthProblems, the
      // mechanism)
      return;
    }
    int status = rc.statusCode() > 0 ? rc.statusCode() : 500;
    if (rc.response()
        .headWritten()) { // too late for a body of ours: just make sure the connection ends
      if (!rc.response().ended()) rc.response().end();
      return;
    }
    String id = requestId(rc);
    if (status >= 500) {
      LOG.errorf(
          failure,
          "request %s %s failed (request id %s)",
          rc.request().method(),
          rc.request().path(),
          id);
      send(rc, status, "The server could not complete the request; quote request id " + id, id);
      return;
    }
    send(rc, status, null, id);
  }

  private static void send(RoutingContext rc, int status, String detail) {
    send(rc, status, detail, requestId(rc));
  }

  private static void send(RoutingContext rc, int status, String detail, String id) {
    String[] known =
        KNOWN.getOrDefault(
            status,
            new String[] {
              status >= 500 ? "server-error" : "http-" + status,
              status >= 500 ? "Server error" : "Request refused",
              status >= 500 ? "The request failed" : "The request was refused"
            });
    HttpServerResponse response =
        rc.response()
            .setStatusCode(status)
            .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
            .putHeader("X-Request-Id", id);
    response.end(
        "{\"type\":\""
            + ProblemException.TYPE_BASE
            + known[0]
            + "\",\"title\":\""
            + known[1]
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + json(detail == null ? known[2] : detail)
            + "\",\"instance\":\""
            + json(id)
            + "\"}");
  }

  private static String requestId(RoutingContext rc) {
    String incoming = rc.request().getHeader("X-Request-Id");
    return incoming != null && incoming.matches("[A-Za-z0-9._-]{1,64}")
        ? incoming
        : UUID.randomUUID().toString();
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.toString();
  }
}
