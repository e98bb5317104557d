package io.pareto.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
    @Schema(example = "https://pareto.dev/problems/validation") String type,
    @Schema(example = "Request is invalid") String title,
    @Schema(example = "400") int status,
    @Schema(example = "2 fields are invalid") String detail,
    @Schema(description = "Request id, also in the X-Request-Id response header") String instance,
    @Schema(description = "Offending fields, for validation problems") List<FieldError> errors,
    @Schema(description = "Offending rows of a bulk import, in file order (at most 1,000)") List<RowError> rowErrors) {

  public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    this(type, title, status, detail, instance, errors, null);
  }

  /**
   * One offending cell of an imported file: which row (data rows count from 1; 0 = the header), which column,
   * what was wrong — as a code a client translates, an English message, and what would be accepted.
   */
  @Schema(name = "RowError")
  public record RowError(
      @Schema(required = true, example = "17") long rowNumber,
      @Schema(example = "industryCode") String column,
      @Schema(example = "FINANCIAL") String value,
      @Schema(required = true, example = "UNKNOWN_INDUSTRY") Code code,
      @Schema(required = true, example = "unknown industry code") String message,
      @Schema(description = "What would be accepted, where the code has a limit or a list (e.g. 200 for TOO_LONG)",
          example = "200") String expected) {

    public RowError(long rowNumber, String column, String value, Code code, String message) {
      this(rowNumber, column, value, code, message, null);
    }

    /** What was wrong with a cell, for translation; {@code message} says the same in English. */
    @Schema(name = "RowErrorCode")
    public enum Code {
      UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN, UNKNOWN_FIELD, REQUIRED, NOT_SCALAR, TOO_LONG, NOT_EMAIL,
      NOT_ALLOWED, NOT_NUMBER, TOO_MANY_DECIMALS, TOO_MANY_DIGITS, NEGATIVE, NOT_WHOLE_NUMBER, TOO_LARGE, NOT_DATE,
      NOT_MONTH, NOT_BOOLEAN, UNKNOWN_ACCOUNT, UNKNOWN_USER, UNKNOWN_TEAM, UNKNOWN_INDUSTRY, DUPLICATE_KEY,
      NOT_VISIBLE, ASSIGN_SELF_ONLY, OWNER_CHANGE_NOT_ALLOWED, OWNER_OUTSIDE_TEAM, OWNED_OUTSIDE_TEAM
    }
  }

  /** One offending field: where, what was wrong, and what would be accepted. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "strategicValue") String field,
      @Schema(example = "must be less than or equal to 5") String message,
      @Schema(description = "Allowed values when the field is an enum") List<String> allowedValues) {

    public FieldError(String field, String message) {
      this(field, message, null);
    }
  }
}
