package io.pareto.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
    @Schema(example = "urn:pareto:problem:validation") String type,
    @Schema(example = "Request is invalid") String title,
    @Schema(example = "400") int status,
    @Schema(
            required = true,
            example = "VALIDATION",
            description =
                "Stable UPPER_SNAKE code of this error, for clients to translate and branch on")
        String code,
    @Schema(
            example = "2 fields are invalid",
            description =
                "What happened, in the language asked for with Accept-Language (en-US or zh-CN; default en-US)")
        String detail,
    @Schema(description = "Request id, also in the X-Request-Id response header") String instance,
    @Schema(description = "Offending fields, for validation problems") List<FieldError> errors,
    @Schema(description = "Offending rows of a bulk import, in file order (at most 1,000)")
        List<RowError> rowErrors) {

  /**
   * One offending cell of an imported file: which row (data rows count from 1; 0 = the header),
   * which column, what was wrong — as a code a client translates, an English message, and what
   * would be accepted.
   */
  @Schema(name = "RowError")
  public record RowError(
      @Schema(required = true, example = "17") long rowNumber,
      @Schema(example = "industryCode") String column,
      @Schema(example = "FINANCIAL") String value,
      @Schema(required = true, example = "UNKNOWN_INDUSTRY") Code code,
      @Schema(required = true, example = "unknown industry code") String message,
      @Schema(
              description =
                  "What would be accepted, where the code has a limit or a list (e.g. 200 for TOO_LONG)",
              example = "200")
          String expected) {

    public RowError(long rowNumber, String column, String value, Code code, String message) {
      this(rowNumber, column, value, code, message, null);
    }

    /** What was wrong with a cell, for translation; {@code message} says the same in English. */
    @Schema(name = "RowErrorCode")
    public enum Code {
      UNKNOWN_COLUMN,
      DUPLICATE_COLUMN,
      MISSING_COLUMN,
      UNKNOWN_FIELD,
      REQUIRED,
      NOT_SCALAR,
      TOO_LONG,
      NOT_EMAIL,
      NOT_CREDIT_CODE,
      NOT_ALLOWED,
      NOT_NUMBER,
      TOO_MANY_DECIMALS,
      TOO_MANY_DIGITS,
      NEGATIVE,
      NOT_WHOLE_NUMBER,
      TOO_LARGE,
      NOT_DATE,
      NOT_MONTH,
      NOT_BOOLEAN,
      UNKNOWN_ACCOUNT,
      UNKNOWN_USER,
      UNKNOWN_TEAM,
      UNKNOWN_INDUSTRY,
      DUPLICATE_KEY,
      NOT_VISIBLE,
      ASSIGN_SELF_ONLY,
      OWNER_CHANGE_NOT_ALLOWED,
      OWNER_OUTSIDE_TEAM,
      OWNED_OUTSIDE_TEAM,
      TARGET_OUTSIDE_TEAM,
      NOT_UTF8,
      NUL_CHARACTER,
      UNTERMINATED_QUOTE
    }
  }

  /**
   * One offending field: where, what was wrong (as a code and in words), and what would be
   * accepted.
   */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "strategicValue") String field,
      @Schema(
              required = true,
              example = "TOO_LARGE",
              description =
                  "Stable UPPER_SNAKE code of what is wrong with "
                      + "the field: REQUIRED, TOO_LONG, TOO_SMALL, TOO_LARGE, PATTERN, NOT_EMAIL, TOO_MANY_DIGITS, NOT_ALLOWED, "
                      + "UNKNOWN_FIELD, WRONG_TYPE, INVALID, …")
          String code,
      @Schema(example = "must be less than or equal to 5") String message,
      @Schema(description = "Allowed values when the field is an enum or a whitelist")
          List<String> allowedValues) {
    public static final String INVALID = "INVALID";
    public static final String NOT_ALLOWED = "NOT_ALLOWED";

    public FieldError(String field, String message) {
      this(field, INVALID, message, null);
    }

    /** With a list of what would be accepted, the field's value was not one of them. */
    public FieldError(String field, String message, List<String> allowedValues) {
      this(field, allowedValues == null ? INVALID : NOT_ALLOWED, message, allowedValues);
    }
  }
}
