package io.pareto.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become application/problem+json: status from the problem's kind,
 * title and detail in the caller's language (Accept-Language), a stable code. No stack trace or SQL
 * leaves.
 */
public class ProblemMappers {
  public static final String PROBLEM_JSON = "application/problem+json";

  /** Sent to callers that are not the SPA, so scripts and BI tools learn they may use Basic. */
  public static final String BASIC_CHALLENGE = "Basic realm=\"Pareto\", charset=\"UTF-8\"";

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

  private final RequestId requestId;

  public ProblemMappers(RequestId requestId) {
    this.requestId = requestId;
  }

  @ServerExceptionMapper
  public RestResponse<Object> problem(ProblemException e, HttpHeaders headers) {
    Locale locale = ProblemMessages.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    var response =
        RestResponse.ResponseBuilder.<Object>create(e.status())
            .entity(e.body(render(e, locale, requestId.get())))
            .type(PROBLEM_JSON)
            .header(HttpHeaders.CONTENT_LANGUAGE, detailLanguage(e, locale).toLanguageTag());
    e.headers().forEach(response::header);
    if (e.kind() == ProblemException.Kind.UNAUTHORIZED
        && !fromSpa(headers.getHeaderString("X-Requested-With"))) {
      response.header("WWW-Authenticate", BASIC_CHALLENGE);
    }
    return response.build();
  }

  /**
   * The language the detail is written in: the asked one, or en-US where the bundle has no detail
   * for the code, so a client can tell a translated detail from the English fallback.
   */
  private static Locale detailLanguage(ProblemException e, Locale asked) {
    if (asked.equals(ProblemMessages.EN_US)) return asked;
    return ProblemMessages.detailIn(asked, e.code(), e.args()) ? asked : ProblemMessages.EN_US;
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public RestResponse<Object> unauthorized(HttpHeaders headers) {
    return problem(ProblemException.unauthorized(), headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> forbidden(ForbiddenException e, HttpHeaders headers) {
    return problem(
        new ProblemException(
            ProblemException.Kind.FORBIDDEN,
            "ROLE_FORBIDDEN",
            "Your role or token does not allow this operation",
            null),
        headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> violations(ConstraintViolationException e, HttpHeaders headers) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(v -> new Problem.FieldError(field(v), FieldCodes.of(v), v.getMessage(), null))
            .toList();
    return problem(ProblemException.invalid(errors), headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> mismatched(MismatchedInputException e, HttpHeaders headers) {
    return problem(JsonProblems.from(e), headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> mapping(JsonMappingException e, HttpHeaders headers) {
    return problem(JsonProblems.from(e), headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> parse(JsonParseException e, HttpHeaders headers) {
    return problem(JsonProblems.from(e), headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> json(JsonProcessingException e, HttpHeaders headers) {
    return problem(JsonProblems.from(e), headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> web(WebApplicationException e, HttpHeaders headers) {
    if (e.getCause() instanceof JsonProcessingException j) return json(j, headers);
    // A parameter converter's refusal (DateParams), wrapped by JAX-RS into a 404 or 400.
    for (Throwable t = e.getCause(); t != null; t = t.getCause())
      if (t instanceof ProblemException p) return problem(p, headers);
    ProblemException badParam = EnumParams.fromConversionFailure(e);
    if (badParam != null) return problem(badParam, headers);
    int status = e.getResponse().getStatus();
    return problem(HttpProblems.of(status, e.getMessage()), headers);
  }

  @ServerExceptionMapper
  public RestResponse<Object> unexpected(RuntimeException e, HttpHeaders headers) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) return problem(p, headers);
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return problem(
            new ProblemException(
                ProblemException.Kind.STALE_VERSION,
                "CONCURRENT_CHANGE",
                "Someone else changed this record at the same time; reload and apply your change again",
                null),
            headers);
      }
      if (t instanceof java.sql.SQLException && ContentionRetry.isContention(t)) {
        // still losing the race after every retry: the client may simply send it again
        LOG.warnf(
            "Lock contention outlasted %d attempts (request %s)",
            ContentionRetry.ATTEMPTS, requestId.get());
        return problem(
            new RetryLater(
                ProblemException.Kind.UNAVAILABLE,
                "BUSY",
                "Too many changes to the same records at once; send the request again",
                1),
            headers);
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return problem(
            new ProblemException(
                ProblemException.Kind.CONFLICT,
                "CONFLICT",
                "The change conflicts with existing data (a duplicate key or a record still in use)",
                null),
            headers);
      }
    }
    LOG.errorf(e, "Unexpected failure (request %s)", requestId.get());
    return problem(
        new ProblemException(
            ProblemException.Kind.INTERNAL,
            "INTERNAL",
            "Something went wrong on our side; quote request id " + requestId.get(),
            null,
            requestId.get()),
        headers);
  }

  /** The problem body for one language; also used where no JAX-RS response is at hand. */
  public static Problem render(ProblemException e, Locale locale, String instance) {
    String title = ProblemMessages.title(locale, e.code(), e.fallbackTitle(), e.status());
    String detail = ProblemMessages.detail(locale, e.code(), e.args(), e.getMessage());
    List<Problem.FieldError> errors =
        e.errors() == null
            ? null
            : e.errors().stream()
                .map(
                    f ->
                        new Problem.FieldError(
                            f.field(),
                            f.code(),
                            ProblemMessages.fieldMessage(
                                locale, f.code(), f.message(), f.allowedValues()),
                            f.allowedValues()))
                .toList();
    return new Problem(
        e.type(), title, e.status(), e.code(), detail, instance, errors, e.rowErrors());
  }

  /** The 401 body written by the HTTP layer's challenge, before any resource or request scope. */
  public static String unauthorizedJson(String acceptLanguage) {
    try {
      return JSON.writeValueAsString(
          render(ProblemException.unauthorized(), ProblemMessages.locale(acceptLanguage), null));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * The SPA marks its calls with X-Requested-With: XMLHttpRequest; browsers then show no Basic
   * dialog.
   */
  public static boolean fromSpa(String requestedWith) {
    return "XMLHttpRequest".equalsIgnoreCase(requestedWith);
  }

  /** "createAccount.input.name" → "name"; "listAccounts.page.size" → "size". */
  static String field(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    String[] parts = path.split("\\.");
    return parts.length >= 3
        ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
        : parts[parts.length - 1];
  }
}
