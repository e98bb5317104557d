package io.pareto.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A list's sort parsed once, for both ways of paging: ORDER BY for offset pages and, for cursor
 * pages, a keyset predicate that starts right after the row a cursor names. The sort always ends in
 * the id, so every row has one place. Nulls sort as the largest value on both databases (the
 * PostgreSQL default, spelled out so H2 agrees), so a cursor means the same position on either.
 *
 * <p>The cursor ({@code after}) is base64url of JSON {@code {"s":sort,"k":[keys..., id]}}: it is
 * opaque to clients, and a cursor that does not decode, was made for another sort, or whose keys do
 * not parse as the sort's types is refused with 400 naming {@code after}.
 */
public final class Keyset {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "k";

  /** One sort key: its wire name, its query expression and direction. */
  public record Key(String field, String expr, boolean desc, boolean nullable) {}

  private final String spec;
  private final List<Key> keys;
  private final List<String> after;

  private Keyset(String spec, List<Key> keys, List<String> after) {
    this.spec = spec;
    this.keys = keys;
    this.after = after;
  }

  /**
   * @param whitelist wire field name → query expression
   * @param nullable wire names whose column may be null
   * @param idExpr the tie-breaker, last key of every sort
   */
  public static Keyset of(
      PageRequest page,
      Map<String, String> whitelist,
      Set<String> nullable,
      String defaultSort,
      String idExpr) {
    String spec = page.sort == null || page.sort.isBlank() ? defaultSort : page.sort.trim();
    List<Key> keys = new ArrayList<>();
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
      keys.add(new Key(name, expr, desc, nullable.contains(name)));
    }
    keys.add(new Key("id", idExpr, false, false));
    return new Keyset(spec, List.copyOf(keys), decode(page.after, spec, keys.size()));
  }

  /** Whether this page continues after a cursor (then offset is ignored). */
  public boolean hasCursor() {
    return after != null;
  }

  /** The same keys over another alias of the same entity. */
  public Keyset rebased(Function<String, String> exprOf) {
    List<Key> out = new ArrayList<>();
    for (Key k : keys) out.add(new Key(k.field, exprOf.apply(k.expr), k.desc, k.nullable));
    return new Keyset(spec, List.copyOf(out), after);
  }

  public String orderBy() {
    List<String> parts = new ArrayList<>();
    for (Key k : keys) {
      String dir = k.desc ? " desc" : " asc";
      parts.add(k.expr + dir + (k.nullable ? (k.desc ? " nulls first" : " nulls last") : ""));
    }
    return " order by " + String.join(", ", parts);
  }

  /**
   * The sort expressions aliased sk0..skn, comma-separated, to select alongside a page's rows for
   * its cursor ({@link #cursor(Tuple)}).
   */
  public String selectKeys() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) out.add(keys.get(i).expr + " as " + SORT_KEY + i);
    return String.join(", ", out);
  }

  private static final String SORT_KEY = "sk";

  /**
   * " and (...)" restricting to rows after the cursor, or "" without one. Its first term bounds the
   * leading key alone, so an index on the sort keys starts at the cursor instead of filtering from
   * the top; parameters are named {@code k0..kn} and bound by {@link #bind}.
   */
  public String predicate() {
    if (after == null) return "";
    List<String> ors = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> ands = new ArrayList<>();
      for (int j = 0; j < i; j++) ands.add(equal(j));
      String beyond = beyond(i);
      if (beyond == null) continue;
      ands.add(beyond);
      ors.add("(" + String.join(" and ", ands) + ")");
    }
    if (ors.isEmpty()) return " and 1 = 0";
    String lead = lead();
    return " and " + (lead == null ? "" : lead + " and ") + "(" + String.join(" or ", ors) + ")";
  }

  private String equal(int i) {
    Key k = keys.get(i);
    return after.get(i) == null ? k.expr + " is null" : k.expr + " = :" + PREFIX + i;
  }

  /** Rows strictly past the cursor on key i; null when none can be (past a trailing null). */
  private String beyond(int i) {
    Key k = keys.get(i);
    String v = after.get(i);
    if (!k.desc) {
      if (v == null) return null;
      return k.nullable
          ? "(" + k.expr + " > :" + PREFIX + i + " or " + k.expr + " is null)"
          : k.expr + " > :" + PREFIX + i;
    }
    return v == null ? k.expr + " is not null" : k.expr + " < :" + PREFIX + i;
  }

  private String lead() {
    Key k = keys.get(0);
    String v = after.get(0);
    if (v == null || k.nullable) return null;
    return k.expr + (k.desc ? " <= :" : " >= :") + PREFIX + 0;
  }

  /** Binds the cursor's keys, each converted to the type the query expects at its place. */
  public void bind(Query q) {
    if (after == null) return;
    for (int i = 0; i < keys.size(); i++) {
      String v = after.get(i);
      if (v == null) continue;
      String name = PREFIX + i;
      Parameter<?> p = q.getParameter(name);
      q.setParameter(name, convert(v, p.getParameterType()));
    }
  }

  /** The parameters the predicate needs, converted by the given types (for native queries). */
  public Map<String, Object> params(List<Class<?>> types) {
    Map<String, Object> out = new HashMap<>();
    if (after == null) return out;
    for (int i = 0; i < keys.size(); i++)
      if (after.get(i) != null) out.put(PREFIX + i, convert(after.get(i), types.get(i)));
    return out;
  }

  /**
   * One page of entities, by offset or after the cursor: the rows query selects the sort keys
   * alongside each entity (for the next cursor) and one row past the page (whether there is one).
   *
   * @param alias the entity's alias in {@code from} ("c")
   * @param from "from Contact c join fetch c.account a"
   * @param countFrom the same without fetches, for the total
   */
  public <E> Page<E> page(
      EntityManager em,
      Class<E> type,
      String alias,
      String from,
      String countFrom,
      String where,
      Map<String, Object> params,
      PageRequest page) {
    TypedQuery<Tuple> rows =
        em.createQuery(
            "select "
                + alias
                + " as item, "
                + selectKeys()
                + " "
                + from
                + where
                + predicate()
                + orderBy(),
            Tuple.class);
    TypedQuery<Long> count =
        em.createQuery("select count(" + alias + ") " + countFrom + where, Long.class);
    params.forEach(
        (k, v) -> {
          rows.setParameter(k, v);
          count.setParameter(k, v);
        });
    bind(rows);
    if (!hasCursor()) rows.setFirstResult(page.offset());
    List<Tuple> result = rows.setMaxResults(page.size + 1).getResultList();
    String next = null;
    if (result.size() > page.size) {
      result = result.subList(0, page.size);
      next = cursor(result.get(page.size - 1));
    }
    List<E> items = result.stream().map(r -> r.get("item", type)).toList();
    return new Page<>(items, page.page, page.size, count.getSingleResult(), next);
  }

  /** The cursor naming a row by the sort keys {@link #selectKeys} selected into it. */
  public String cursor(Tuple row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) values.add(row.get(SORT_KEY + i));
    return cursor(values);
  }

  private String cursor(List<?> values) {
    ObjectNode root = JSON.createObjectNode();
    root.put("s", spec);
    ArrayNode k = root.putArray("k");
    for (Object v : values) {
      if (v == null) k.addNull();
      else if (v instanceof Enum<?> e) k.add(e.name());
      else k.add(v.toString());
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(root.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> decode(String after, String spec, int size) {
    if (after == null || after.isEmpty()) return null;
    try {
      JsonNode root = JSON.readTree(Base64.getUrlDecoder().decode(after));
      JsonNode k = root.get("k");
      if (!spec.equals(root.path("s").asText(null)) || k == null || !k.isArray()) {
        throw refused("was made for another sort or is damaged");
      }
      if (k.size() != size || k.get(size - 1).isNull()) throw refused("is damaged");
      List<String> out = new ArrayList<>();
      for (JsonNode v : k) {
        if (!v.isNull() && !v.isTextual()) throw refused("is damaged");
        out.add(v.isNull() ? null : v.asText());
      }
      return out;
    } catch (ProblemException e) {
      throw e;
    } catch (Exception e) {
      throw refused("is not a cursor this API made");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object convert(String v, Class<?> type) {
    try {
      if (type == null || type == String.class) return v;
      if (type == Long.class || type == long.class) return Long.valueOf(v);
      if (type == Integer.class || type == int.class) return Integer.valueOf(v);
      if (type == Short.class || type == short.class) return Short.valueOf(v);
      if (type == BigDecimal.class) return new BigDecimal(v);
      if (type == Instant.class) return Instant.parse(v);
      if (type == LocalDate.class) return LocalDate.parse(v);
      if (type.isEnum()) return Enum.valueOf((Class) type, v);
      return v;
    } catch (RuntimeException e) {
      throw refused("holds a value that does not fit its sort field");
    }
  }

  private static ProblemException refused(String why) {
    return ProblemException.invalid(
        List.of(
            new Problem.FieldError(
                "after",
                "INVALID_CURSOR",
                "the cursor " + why + "; start again without it",
                null)));
  }
}
