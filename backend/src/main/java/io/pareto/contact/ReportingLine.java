package io.pareto.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reportsTo chain of one account: a pure rule so the cycle check is testable without a
 * database.
 */
public final class ReportingLine {
  private ReportingLine() {}

  /**
   * The cycle that {@code contact reportsTo newManager} would close, as the list of contact ids
   * starting and ending with {@code contact}, or empty when the chain ends.
   *
   * @param managerOf every contact of the account → the contact it reports to (absent or null =
   *     top)
   */
  public static Optional<List<Long>> cycle(
      Map<Long, Long> managerOf, long contact, long newManager) {
    List<Long> path = new ArrayList<>(List.of(contact));
    Long current = newManager;
    // The chain is acyclic before the change, so it visits each contact at most once.
    for (int guard = 0; current != null && guard <= managerOf.size() + 1; guard++) {
      path.add(current);
      if (current == contact) return Optional.of(path);
      current = managerOf.get(current);
    }
    return Optional.empty();
  }
}
