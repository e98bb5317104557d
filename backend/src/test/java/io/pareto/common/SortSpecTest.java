package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortSpecTest {
  static final Map<String, String> FIELDS = Map.of("name", "a.name", "revenue", "a.revenue");

  @Test
  void defaultAndTieBreaker() {
    assertEquals(" order by a.name asc, a.id asc", SortSpec.orderBy(null, FIELDS, "name", "a.id"));
  }

  @Test
  void severalFieldsWithDirections() {
    assertEquals(
        " order by a.revenue desc, a.name asc, a.id asc",
        SortSpec.orderBy("-revenue, +name", FIELDS, "name", "a.id"));
  }

  @Test
  void unknownFieldListsTheWhitelist() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> SortSpec.orderBy("name;drop table", FIELDS, "name", "a.id"));
    assertEquals(400, e.status());
    assertEquals(List.of("name", "revenue"), e.errors().get(0).allowedValues());
  }
}
