package io.pareto.common;

import jakarta.ws.rs.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JAX-RS answers an unknown enum code in a query parameter with a bare 404 ("no such resource"). We
 * turn it into the 400 it is, naming the parameter and the codes it accepts.
 */
final class EnumParams {
  private static final Pattern NO_CONSTANT =
      Pattern.compile("No enum constant ([\\w.$]+)\\.([^.]*)$");

  private EnumParams() {}

  static ProblemException fromConversionFailure(jakarta.ws.rs.WebApplicationException e) {
    if (!(e instanceof NotFoundException)) return null;
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (!(t instanceof IllegalArgumentException) || t.getMessage() == null) continue;
      Matcher m = NO_CONSTANT.matcher(t.getMessage());
      if (!m.find()) continue;
      try {
        Class<?> type =
            Class.forName(m.group(1), false, Thread.currentThread().getContextClassLoader());
        List<String> allowed =
            Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        // Query parameters are named after their enum type throughout the API (category, kaKind,
        // stage, layer...).
        String name =
            Character.toLowerCase(type.getSimpleName().charAt(0))
                + type.getSimpleName().substring(1);
        return ProblemException.invalid(
            List.of(
                new Problem.FieldError(
                    name,
                    "'" + m.group(2) + "' is not one of " + String.join(", ", allowed),
                    allowed)));
      } catch (ClassNotFoundException | RuntimeException ignored) {
        return null;
      }
    }
    return null;
  }
}
