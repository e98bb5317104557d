package io.pareto.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become application/problem+json. No stack trace or SQL leaves. */
public class ProblemMappers {
  public static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private final RequestId requestId;

  public ProblemMappers(RequestId requestId) {
    this.requestId = requestId;
  }

  @ServerExceptionMapper
  public RestResponse<Problem> problem(ProblemException e) {
    if (e.rowErrors() != null) {
      Problem body = new Problem(e.type(), e.title(), e.status(), e.getMessage(), requestId.get(), e.errors(), e.rowErrors());
      return RestResponse.ResponseBuilder.<Problem>create(e.status()).entity(body).type(PROBLEM_JSON).build();
    }
    return respond(e.status(), e.type(), e.title(), e.getMessage(), e.errors());
  }

  @ServerExceptionMapper
  public RestResponse<Problem> violations(ConstraintViolationException e) {
    List<Problem.FieldError> errors = e.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> new Problem.FieldError(field(v), v.getMessage()))
        .toList();
    return problem(ProblemException.invalid(errors));
  }

  @ServerExceptionMapper
  public RestResponse<Problem> mismatched(MismatchedInputException e) {
    return problem(JsonProblems.from(e));
  }

  @ServerExceptionMapper
  public RestResponse<Problem> mapping(JsonMappingException e) {
    return problem(JsonProblems.from(e));
  }

  @ServerExceptionMapper
  public RestResponse<Problem> parse(JsonParseException e) {
    return problem(JsonProblems.from(e));
  }

  @ServerExceptionMapper
  public RestResponse<Problem> json(JsonProcessingException e) {
    return problem(JsonProblems.from(e));
  }

  @ServerExceptionMapper
  public RestResponse<Problem> web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
    String detail = status == 404 ? "No resource at this path" : e.getMessage();
    if (e.getCause() instanceof JsonProcessingException j) return json(j);
    // A parameter converter's refusal (DateParams), wrapped by JAX-RS into a 404 or 400.
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) if (t instanceof ProblemException p) return problem(p);
    ProblemException badParam = EnumParams.fromConversionFailure(e);
    if (badParam != null) return problem(badParam);
    return respond(status, ProblemException.TYPE_BASE + "http-" + status, title, detail, null);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> unexpected(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) return problem(p);
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return respond(412, ProblemException.TYPE_BASE + "stale-version", "Precondition failed",
            "Someone else changed this record at the same time; reload and apply your change again", null);
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return respond(409, ProblemException.TYPE_BASE + "conflict", "Conflict",
            "The change conflicts with existing data (a duplicate key or a record still in use)", null);
      }
    }
    LOG.errorf(e, "Unexpected failure (request %s)", requestId.get());
    return respond(500, ProblemException.TYPE_BASE + "internal", "Internal error",
        "Something went wrong on our side; quote request id " + requestId.get(), null);
  }

  private RestResponse<Problem> respond(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    Problem body = new Problem(type, title, status, detail, requestId.get(), errors);
    return RestResponse.ResponseBuilder.<Problem>create(status).entity(body).type(PROBLEM_JSON).build();
  }

  /** "createAccount.input.name" → "name"; "listAccounts.page.size" → "size". */
  static String field(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    String[] parts = path.split("\\.");
    return parts.length >= 3 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
        : parts[parts.length - 1];
  }
}
