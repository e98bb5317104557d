package io.pareto.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query rows read by column alias into records: the component {@code dealCount} takes the column
 * aliased {@code deal_count} (PostgreSQL reports it in lower case, H2 in upper case; both match).
 * Numbers, dates and enum codes are converted to the component's type, so a query reads the same on
 * both databases. The one place a row is taken apart; nothing reads columns by position.
 */
public final class Rows {
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

  private Rows() {}

  /** The rows of a native statement with its named parameters bound, by alias into records. */
  public static <R extends Record> List<R> select(
      EntityManager em, Class<R> type, String sql, Map<String, ?> params) {
    Query q = em.createNativeQuery(sql, Tuple.class);
    params.forEach(q::setParameter);
    return list(type, q);
  }

  /** The rows of a native query made with {@code Tuple.class} (e.g. after paging it). */
  @SuppressWarnings("unchecked")
  public static <R extends Record> List<R> list(Class<R> type, Query q) {
    return as(type, (List<Tuple>) q.getResultList());
  }

  public static <R extends Record> List<R> as(Class<R> type, List<Tuple> rows) {
    return rows.stream().map(r -> one(type, r)).toList();
  }

  public static <R extends Record> R one(Class<R> type, Tuple row) {
    Map<String, Object> byName = new HashMap<>();
    for (TupleElement<?> e : row.getElements()) byName.put(e.getAlias(), row.get(e));
    return of(type, byName);
  }

  /** A record from values by name (aliases or component names, any case, underscores or not). */
  public static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
    Map<String, Object> byName = new HashMap<>();
    values.forEach((k, v) -> byName.put(key(k), v));
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String k = key(components[i].getName());
      if (!byName.containsKey(k))
        throw new IllegalArgumentException(
            "no column " + components[i].getName() + " for " + type.getSimpleName());
      args[i] = convert(byName.get(k), components[i].getType());
    }
    try {
      return type.cast(constructor(type).newInstance(args));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private static String key(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static Constructor<?> constructor(Class<? extends Record> type) {
    return CONSTRUCTORS.computeIfAbsent(
        type,
        t -> {
          Class<?>[] types =
              java.util.Arrays.stream(type.getRecordComponents())
                  .map(RecordComponent::getType)
                  .toArray(Class<?>[]::new);
          try {
            Constructor<?> c = t.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c;
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object convert(Object v, Class<?> to) {
    if (v == null) {
      if (!to.isPrimitive()) return null;
      if (to == boolean.class) return false;
      return convert(0, to);
    }
    if (to.isInstance(v)) return v;
    if (v instanceof Number n) {
      if (to == long.class || to == Long.class) return n.longValue();
      if (to == int.class || to == Integer.class) return n.intValue();
      if (to == short.class || to == Short.class) return n.shortValue();
      if (to == double.class || to == Double.class) return n.doubleValue();
      if (to == BigDecimal.class) return new BigDecimal(n.toString());
      if (to == boolean.class || to == Boolean.class) return n.intValue() != 0;
    }
    // trimmed: a CHAR column or a UNION of literals comes back padded
    if (to.isEnum()) return Enum.valueOf((Class<? extends Enum>) to, v.toString().trim());
    if (to == String.class) return v.toString();
    if (to == LocalDate.class) {
      if (v instanceof java.sql.Date d) return d.toLocalDate();
      if (v instanceof String s) return LocalDate.parse(s);
      if (v instanceof Timestamp t) return t.toLocalDateTime().toLocalDate();
    }
    if (to == Instant.class) {
      if (v instanceof Timestamp t) return t.toInstant();
      if (v instanceof OffsetDateTime o) return o.toInstant();
    }
    if (to == OffsetDateTime.class) {
      if (v instanceof Timestamp t) return t.toInstant().atOffset(ZoneOffset.UTC);
      if (v instanceof Instant i) return i.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalArgumentException(
        "cannot read " + v.getClass().getName() + " as " + to.getName());
  }
}
