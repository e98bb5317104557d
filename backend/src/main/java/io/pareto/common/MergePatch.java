package io.pareto.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * JSON merge patch (RFC 7386) over an input record: the current state is rendered as the input
 * type, the patch merged in, and the result read back and validated exactly like a PUT body.
 */
@ApplicationScoped
public class MergePatch {
  private final ObjectMapper mapper;
  private final Validator validator;

  public MergePatch(ObjectMapper mapper, Validator validator) {
    this.mapper = mapper;
    this.validator = validator;
  }

  public <T> T apply(T current, JsonNode patch, Class<T> type) {
    if (patch == null || !patch.isObject()) {
      throw ProblemException.badRequest("body", "a merge patch must be a JSON object");
    }
    JsonNode merged = merge(mapper.valueToTree(current), patch);
    T result;
    try {
      result = mapper.treeToValue(merged, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw JsonProblems.from(e);
    }
    validate(result);
    return result;
  }

  public <T> void validate(T value) {
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
              .toList());
    }
  }

  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) return patch;
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonMapperHolder.EMPTY.objectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (f.getValue().isNull()) {
        result.remove(f.getKey());
      } else {
        result.set(f.getKey(), merge(result.get(f.getKey()), f.getValue()));
      }
    }
    return result;
  }

  private static final class JsonMapperHolder {
    static final com.fasterxml.jackson.databind.node.JsonNodeFactory EMPTY =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
  }
}
