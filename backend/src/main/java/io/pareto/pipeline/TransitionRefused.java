package io.pareto.pipeline;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import java.util.List;

/** A conflict: the requested stage change breaks the stage rules; names what is allowed instead. */
public class TransitionRefused extends ProblemException {
  private final List<Stage> allowed;

  public TransitionRefused(Stage from, Stage to, List<Stage> allowed) {
    super(
        Kind.CONFLICT,
        from == Stage.LOST && to.isOpen() ? "REOPEN_NEEDS_MANAGER" : "INVALID_TRANSITION",
        from
            + " → "
            + to
            + " is not allowed; allowed from "
            + from
            + ": "
            + (allowed.isEmpty() ? "none" : allowed)
            + (from == Stage.LOST && to.isOpen()
                ? " (reopening a LOST deal is for managers and admins)"
                : ""),
        null,
        from,
        to,
        allowed.isEmpty()
            ? "—"
            : allowed.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    this.allowed = allowed;
  }

  public List<Stage> allowed() {
    return allowed;
  }

  /** Keeps the invalid-transition type for both codes, so clients matching on it still do. */
  @Override
  public String type() {
    return TYPE_BASE + "invalid-transition";
  }

  @Override
  public Object body(Problem p) {
    return new TransitionRefusedProblem(
        p.type(), p.title(), p.status(), p.code(), p.detail(), p.instance(), allowed);
  }
}
