package io.pareto.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns `?sort=-revenue,name` into an ORDER BY over a whitelist of wire names. */
public final class SortSpec {
  private SortSpec() {}

  /**
   * @param whitelist wire field name → query expression
   * @param tieBreaker expression appended last so pages are stable (usually the id)
   */
  public static String orderBy(
      String sort, Map<String, String> whitelist, String defaultSort, String tieBreaker) {
    String spec = sort == null || sort.isBlank() ? defaultSort : sort;
    List<String> parts = new ArrayList<>();
    for (String raw : spec.split(",")) {
      String field = raw.trim();
      if (field.isEmpty()) continue;
      boolean desc = field.startsWith("-");
      String name = desc || field.startsWith("+") ? field.substring(1) : field;
      String expr = whitelist.get(name);
      if (expr == null) {
        throw ProblemException.invalid(
            List.of(
                new Problem.FieldError(
                    "sort",
                    "UNKNOWN_SORT_FIELD",
                    "unknown sort field '" + name + "'",
                    whitelist.keySet().stream().sorted().toList())));
      }
      parts.add(expr + (desc ? " desc" : " asc"));
    }
    parts.add(tieBreaker + " asc");
    return " order by " + String.join(", ", parts);
  }
}
