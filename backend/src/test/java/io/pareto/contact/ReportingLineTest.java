package io.pareto.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingLineTest {
  @Test
  void findsTheCycleAndNamesItFromTheChangedContact() {
    Map<Long, Long> managerOf = new HashMap<>(Map.of(2L, 1L, 3L, 2L));
    managerOf.put(1L, null);
    // 1 reporting to 3 closes 1 → 3 → 2 → 1.
    assertEquals(Optional.of(List.of(1L, 3L, 2L, 1L)), ReportingLine.cycle(managerOf, 1L, 3L));
  }

  @Test
  void aChainThatEndsIsNoCycle() {
    Map<Long, Long> managerOf = new HashMap<>(Map.of(2L, 1L, 3L, 2L));
    managerOf.put(1L, null);
    managerOf.put(4L, null);
    assertTrue(ReportingLine.cycle(managerOf, 4L, 3L).isEmpty());
    assertTrue(ReportingLine.cycle(managerOf, 3L, 1L).isEmpty());
  }
}
