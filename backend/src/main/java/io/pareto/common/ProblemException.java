package io.pareto.common;

import java.util.List;

/**
 * A failure that maps onto one problem+json response. Services throw it; the resource layer
 * never builds error bodies by hand.
 */
public class ProblemException extends RuntimeException {
  public static final String TYPE_BASE = "https://pareto.dev/problems/";

  private final int status;
  private final String slug;
  private final String title;
  private final List<Problem.FieldError> errors;

  public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = errors;
  }

  public static ProblemException notFound(String entity, Object id) {
    return new ProblemException(404, "not-found", "Not found", entity + " " + id + " does not exist", null);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail, null);
  }

  public static ProblemException forbidden(String detail, List<Problem.FieldError> fields) {
    return new ProblemException(403, "forbidden", "Forbidden", detail, fields);
  }

  public static ProblemException badRequest(String field, String message) {
    return new ProblemException(400, "validation", "Request is invalid", field + ": " + message,
        List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException invalid(List<Problem.FieldError> errors) {
    String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid";
    return new ProblemException(400, "validation", "Request is invalid", detail, errors);
  }

  public static ProblemException staleVersion(long expected, long actual) {
    return new ProblemException(412, "stale-version", "Precondition failed",
        "If-Match names version " + expected + " but the current version is " + actual
            + "; reload and apply your change again", null);
  }

  public static ProblemException preconditionRequired() {
    return new ProblemException(428, "if-match-required", "Precondition required",
        "This write needs an If-Match header carrying the ETag from your last read", null);
  }

  /** Offending rows of a bulk import; null for every other problem. */
  public List<Problem.RowError> rowErrors() { return null; }

  public int status() { return status; }
  public String type() { return TYPE_BASE + slug; }
  public String title() { return title; }
  public List<Problem.FieldError> errors() { return errors; }
}
