package io.pareto.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Translates Jackson's complaints into a 400 that names the field and what it accepts. */
public final class JsonProblems {
  private JsonProblems() {}

  public static ProblemException from(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known =
          u.getKnownPropertyIds() == null
              ? null
              : u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      String field = path(u);
      return ProblemException.invalid(
          List.of(new Problem.FieldError(field, "UNKNOWN_FIELD", "unknown field", known)));
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      List<String> allowed =
          Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).toList();
      return ProblemException.invalid(
          List.of(
              new Problem.FieldError(
                  path(f),
                  "'" + f.getValue() + "' is not one of " + String.join(", ", allowed),
                  allowed)));
    }
    if (e instanceof DateBodies.BadDate r) {
      return ProblemException.invalid(
          List.of(
              new Problem.FieldError(
                  r.getPath().isEmpty() ? "date" : path(r), r.getOriginalMessage())));
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String type =
          m instanceof InvalidFormatException f && f.getTargetType() != null
              ? f.getTargetType().getSimpleName()
              : null;
      String msg =
          type != null ? "expected a value of type " + type : "has the wrong type or shape";
      return ProblemException.invalid(
          List.of(new Problem.FieldError(path(m), "WRONG_TYPE", msg, null)));
    }
    return new ProblemException(
        ProblemException.Kind.INVALID,
        "MALFORMED_JSON",
        "The request body is not valid JSON: " + e.getOriginalMessage(),
        null);
  }

  static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
