package io.pareto.decisionmap;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One account's decision map reduced to counts: how many contacts match each {@link
 * ContactCondition}, plus the lowest and highest of our user ids holding a close (closeness ≥ 3)
 * contact — two different ids mean at least two of our users hold close relationships. The single
 * map builds it in Java, the portfolio in SQL.
 */
public record MapFacts(
    Map<ContactCondition, Integer> counts, Long closeOwnerMin, Long closeOwnerMax) {

  public int count(ContactCondition f) {
    return counts.getOrDefault(f, 0);
  }

  public static MapFacts of(List<ContactRow> contacts, LocalDate staleBefore) {
    Map<ContactCondition, Integer> counts = new EnumMap<>(ContactCondition.class);
    Long min = null;
    Long max = null;
    for (ContactRow c : contacts) {
      for (ContactCondition f : ContactCondition.values())
        if (f.test.test(c, staleBefore)) counts.merge(f, 1, Integer::sum);
      if (ContactCondition.CLOSE.test.test(c, staleBefore)) {
        for (Long u : c.ownerUserIds()) {
          min = min == null || u < min ? u : min;
          max = max == null || u > max ? u : max;
        }
      }
    }
    return new MapFacts(counts, min, max);
  }

  /** At least two distinct users of ours hold relationships with close contacts. */
  boolean closeHeldByTwoUsers() {
    return closeOwnerMin != null && !Objects.equals(closeOwnerMin, closeOwnerMax);
  }
}
