package io.pareto.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A failure of the domain: what kind it is, a stable UPPER_SNAKE {@code code}, the arguments its
 * message needs and an English detail. Services throw it; {@link ProblemMappers} alone decides the
 * HTTP status (from the {@link Kind}) and writes title and detail in the caller's language from the
 * {@code problems} resource bundles (see docs/api-guide.md, "Errors").
 */
public class ProblemException extends RuntimeException {
  /**
   * Problem types are names, not pages: the project owns no web domain, so a URN that no client
   * will try to fetch (docs/api-guide.md, "Errors").
   */
  public static final String TYPE_BASE = "urn:pareto:problem:";

  /** What went wrong, independent of HTTP; the mapper turns each into one status. */
  public enum Kind {
    INVALID(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    GONE(410),
    STALE_VERSION(412),
    TOO_LARGE(413),
    RULE_VIOLATED(422),
    PRECONDITION_REQUIRED(428),
    THROTTLED(429),
    INTERNAL(500),
    UNAVAILABLE(503);

    final int status;

    Kind(int status) {
      this.status = status;
    }

    static Kind of(int status) {
      for (Kind k : values()) if (k.status == status) return k;
      return status >= 500 ? INTERNAL : INVALID;
    }
  }

  private final Kind kind;
  private final int status;
  private final String code;
  private final Object[] args;
  private final String title;
  private final List<Problem.FieldError> errors;

  /**
   * A problem with its own code. {@code detail} is the English text; a {@code CODE.detail} entry in
   * the bundles, formatted with {@code args}, replaces it in every language that has one.
   */
  public ProblemException(
      Kind kind, String code, String detail, List<Problem.FieldError> errors, Object... args) {
    super(detail);
    this.kind = kind;
    this.status = kind.status;
    this.code = code;
    this.args = args;
    this.title = null;
    this.errors = errors;
  }

  /**
   * The older form, kept so that code written against it still compiles: the status picks the kind
   * and the slug gives the code ("stale-version" → STALE_VERSION); the title is the English
   * fallback.
   */
  public ProblemException(
      int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.kind = Kind.of(status);
    this.status = status;
    this.code = slug.toUpperCase(Locale.ROOT).replace('-', '_');
    this.args = new Object[0];
    this.title = title;
    this.errors = errors;
  }

  public static ProblemException notFound(String entity, Object id) {
    return new ProblemException(
        Kind.NOT_FOUND, "NOT_FOUND", entity + " " + id + " does not exist", null, entity, id);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(Kind.CONFLICT, "CONFLICT", detail, null);
  }

  public static ProblemException forbidden(String detail, List<Problem.FieldError> fields) {
    return new ProblemException(Kind.FORBIDDEN, "FORBIDDEN", detail, fields);
  }

  public static ProblemException badRequest(String field, String message) {
    return badRequest(field, Problem.FieldError.INVALID, message);
  }

  /** One bad field with its own code (e.g. OUT_OF_RANGE), so clients can translate it. */
  public static ProblemException badRequest(String field, String fieldCode, String message) {
    return invalid(List.of(new Problem.FieldError(field, fieldCode, message, null)));
  }

  public static ProblemException invalid(List<Problem.FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid";
    return new ProblemException(
        Kind.INVALID,
        "VALIDATION",
        detail,
        errors,
        errors.size(),
        errors.isEmpty() ? "" : errors.get(0).field());
  }

  public static ProblemException staleVersion(long expected, long actual) {
    return new ProblemException(
        Kind.STALE_VERSION,
        "STALE_VERSION",
        "If-Match names version "
            + expected
            + " but the current version is "
            + actual
            + "; reload and apply your change again",
        null,
        expected,
        actual);
  }

  public static ProblemException preconditionRequired() {
    return new ProblemException(
        Kind.PRECONDITION_REQUIRED,
        "IF_MATCH_REQUIRED",
        "This write needs an If-Match header carrying the ETag from your last read",
        null);
  }

  public static ProblemException unauthorized() {
    return new ProblemException(
        Kind.UNAUTHORIZED,
        "UNAUTHORIZED",
        "Sign in, or send a valid API token or credentials",
        null);
  }

  public static ProblemException ruleViolated(String code, String detail, Object... args) {
    return new ProblemException(Kind.RULE_VIOLATED, code, detail, null, args);
  }

  /** Offending rows of a bulk import; null for every other problem. */
  public List<Problem.RowError> rowErrors() {
    return null;
  }

  /** Response headers the problem needs (e.g. Retry-After); none by default. */
  public Map<String, String> headers() {
    return Map.of();
  }

  /**
   * The response body: the problem itself, or a subtype's body with its extra members built from
   * it.
   */
  public Object body(Problem problem) {
    return problem;
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args;
  }

  public String type() {
    return TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The English title given by the older constructor, used where the bundles have none; null
   * otherwise.
   */
  public String fallbackTitle() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
