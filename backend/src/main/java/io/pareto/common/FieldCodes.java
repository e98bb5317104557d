package io.pareto.common;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;

/** The stable code of a Bean Validation failure, from the constraint that failed. */
final class FieldCodes {
  private FieldCodes() {}

  static String of(ConstraintViolation<?> v) {
    String constraint =
        v.getConstraintDescriptor() == null
            ? null
            : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    if (constraint == null) return Problem.FieldError.INVALID;
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
      case "Size" -> v.getInvalidValue() instanceof CharSequence ? "TOO_LONG" : "SIZE";
      case "Max", "DecimalMax", "Negative", "NegativeOrZero" -> "TOO_LARGE";
      case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "TOO_SMALL";
      case "Pattern" -> "PATTERN";
      case "Email" -> "NOT_EMAIL";
      case "Digits" -> "TOO_MANY_DIGITS";
      case "Past", "PastOrPresent" -> "NOT_PAST";
      case "Future", "FutureOrPresent" -> "NOT_FUTURE";
      // A constraint of our own: its name in UPPER_SNAKE ("ValidMonth" → VALID_MONTH).
      default -> constraint.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    };
  }
}
