package io.pareto.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The :name → ? rewrite that the exports and imports bind through. */
class NamedSqlTest {
  @Test
  void namesBecomePlaceholdersCountedAmongThePositionalOnes() {
    NamedSql q =
        NamedSql.of(
            "select * from account a where a.id > ? and a.owner_id = :owner and a.name like ?"
                + " and a.team_id = :team",
            Map.of("owner", 7L, "team", 3L));
    assertEquals(
        "select * from account a where a.id > ? and a.owner_id = ? and a.name like ?"
            + " and a.team_id = ?",
        q.sql());
    assertEquals(List.of(2, 4), q.positions());
    assertEquals(List.of(7L, 3L), q.values());
  }

  @Test
  void aNameUsedTwiceIsBoundTwice() {
    NamedSql q = NamedSql.of("a = :id or b = :id", Map.of("id", 5));
    assertEquals("a = ? or b = ?", q.sql());
    assertEquals(List.of(1, 2), q.positions());
    assertEquals(List.of(5, 5), q.values());
  }

  @Test
  void castsAndQuotedLiteralsAreLeftAlone() {
    NamedSql q =
        NamedSql.of(
            "select x::text, 'at 10:30 :notAName?', 'it''s :also' from t where y = :y",
            Map.of("y", "v"));
    assertEquals(
        "select x::text, 'at 10:30 :notAName?', 'it''s :also' from t where y = ?", q.sql());
    assertEquals(List.of(1), q.positions());
    assertEquals(List.of("v"), q.values());
  }

  @Test
  void anUnboundNameIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NamedSql.of("a = :missing", Map.of()));
    assertEquals("unbound :missing", e.getMessage());
  }

  @Test
  void withoutNamesTheTextIsUnchanged() {
    NamedSql q = NamedSql.of("select 1 where a = ?", Map.of());
    assertEquals("select 1 where a = ?", q.sql());
    assertEquals(List.of(), q.positions());
  }
}
