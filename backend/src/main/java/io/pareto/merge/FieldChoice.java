package io.pareto.merge;

import java.util.Set;
import java.util.function.Function;

/** One merge's field choices: the duplicate's value when chosen or when the survivor has none. */
record FieldChoice<T>(T survivor, T duplicate, Set<?> take) {
  <V> V pick(Object field, Function<T, V> get) {
    V kept = get.apply(survivor);
    return take.contains(field) || kept == null ? get.apply(duplicate) : kept;
  }
}
