package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows by alias into records, as H2 and PostgreSQL hand them over. */
class RowsTest {
  enum Colour {
    RED,
    GREEN
  }

  record Line(
      long accountId, Integer dealCount, BigDecimal amount, LocalDate month, Colour colour) {}

  @Test
  void aliasesMatchComponentsWhateverTheirCaseAndUnderscores() {
    // H2 reports upper-case labels and INTEGER counts, PostgreSQL lower case and BIGINT
    Line h2 =
        Rows.one(
            Line.class,
            tuple(
                "ACCOUNT_ID",
                7,
                "DEAL_COUNT",
                3L,
                "AMOUNT",
                12.5d,
                "MONTH",
                Date.valueOf("2026-05-01"),
                "COLOUR",
                "GREEN"));
    Line pg =
        Rows.one(
            Line.class,
            tuple(
                "account_id",
                7L,
                "deal_count",
                3,
                "amount",
                new BigDecimal("12.5"),
                "month",
                LocalDate.of(2026, 5, 1),
                "colour",
                Colour.GREEN));
    Line expected = new Line(7L, 3, new BigDecimal("12.5"), LocalDate.of(2026, 5, 1), Colour.GREEN);
    assertEquals(expected, h2);
    assertEquals(expected, pg);
  }

  @Test
  void nullsStayNullAndPrimitivesBecomeZero() {
    Line l =
        Rows.one(
            Line.class,
            tuple(
                "account_id",
                null,
                "deal_count",
                null,
                "amount",
                null,
                "month",
                null,
                "colour",
                null));
    assertEquals(new Line(0L, null, null, null, null), l);
  }

  record Presence(short satisfaction, LocalDate since, Colour colour) {}

  @Test
  void valuesByNameConvertLikeColumns() {
    // CHAR columns come back padded; an audit trail's dates come as ISO text
    Presence p =
        Rows.of(
            Presence.class, Map.of("SATISFACTION", 4, "since", "2026-03-01", "Colour", "RED  "));
    assertEquals(new Presence((short) 4, LocalDate.of(2026, 3, 1), Colour.RED), p);
  }

  @Test
  void aMissingColumnIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Rows.one(Line.class, tuple("account_id", 1L)));
    assertEquals("no column dealCount for Line", e.getMessage());
  }

  private static Tuple tuple(Object... aliasValue) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < aliasValue.length; i += 2) m.put((String) aliasValue[i], aliasValue[i + 1]);
    List<TupleElement<?>> elements = new ArrayList<>();
    m.keySet().forEach(k -> elements.add(element(k)));
    return new Tuple() {
      @Override
      public <X> X get(TupleElement<X> e) {
        @SuppressWarnings("unchecked")
        X x = (X) m.get(e.getAlias());
        return x;
      }

      @Override
      public <X> X get(String alias, Class<X> type) {
        return type.cast(m.get(alias));
      }

      @Override
      public Object get(String alias) {
        return m.get(alias);
      }

      @Override
      public <X> X get(int i, Class<X> type) {
        throw new UnsupportedOperationException("by position: never");
      }

      @Override
      public Object get(int i) {
        throw new UnsupportedOperationException("by position: never");
      }

      @Override
      public Object[] toArray() {
        return m.values().toArray();
      }

      @Override
      public List<TupleElement<?>> getElements() {
        return elements;
      }
    };
  }

  private static TupleElement<?> element(String alias) {
    return new TupleElement<Object>() {
      @Override
      public Class<? extends Object> getJavaType() {
        return Object.class;
      }

      @Override
      public String getAlias() {
        return alias;
      }
    };
  }
}
