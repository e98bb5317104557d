package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ETagsTest {
  @Test
  void parsesStrongAndWeakTags() {
    assertEquals(3, ETags.requireVersion("\"3\""));
    assertEquals(3, ETags.requireVersion("W/\"3\""));
    assertEquals("\"7\"", ETags.of(7));
  }

  @Test
  void missingIs428AndGarbageIs412() {
    assertEquals(
        428, assertThrows(ProblemException.class, () -> ETags.requireVersion(null)).status());
    assertEquals(
        412, assertThrows(ProblemException.class, () -> ETags.requireVersion("\"abc\"")).status());
    assertEquals(412, assertThrows(ProblemException.class, () -> ETags.check(1, 2)).status());
  }
}
