package io.pareto.pipeline;

import io.pareto.security.Caller;
import io.pareto.security.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The transition rules, without persistence so they can be tested by hand and by jqwik: an open
 * stage moves forward to any later open stage, WON or LOST, and back to an earlier open stage only
 * with a reason; WON moves to COLLECTED only; COLLECTED is final; a LOST deal is reopened (to any
 * open stage) only by a manager or an admin.
 */
public final class StageRules {
  private StageRules() {}

  /**
   * The stages {@code from} may move to for a caller who may ({@code canReopen}) or may not reopen
   * lost deals.
   */
  public static List<Stage> allowed(Stage from, boolean canReopen) {
    List<Stage> out = new ArrayList<>();
    switch (from) {
      case WON -> out.add(Stage.COLLECTED);
      case COLLECTED -> {}
      case LOST -> {
        if (canReopen) for (Stage s : Stage.values()) if (s.isOpen()) out.add(s);
      }
      default -> {
        for (Stage s : Stage.values())
          if (s != from && (s.isOpen() || s == Stage.WON || s == Stage.LOST)) out.add(s);
      }
    }
    return out;
  }

  /** Reopening a LOST deal is a manager's or an admin's decision. */
  public static boolean mayReopen(Caller caller) {
    return caller.hasRole(Role.MANAGER) || caller.hasRole(Role.ADMIN);
  }

  public static boolean isAllowed(Stage from, Stage to, boolean canReopen) {
    return allowed(from, canReopen).contains(to);
  }

  /** A move back to an earlier open stage: allowed only with a reason. */
  public static boolean isBackStep(Stage from, Stage to) {
    return from.isOpen() && to.isOpen() && to.ordinal() < from.ordinal();
  }
}
