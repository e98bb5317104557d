package io.pareto.pipeline;

import io.pareto.common.ProblemException;
import java.util.List;

/** 409: the requested stage change breaks the rules of issue 8; names what is allowed instead. */
public class TransitionRefused extends ProblemException {
  private final List<Stage> allowed;

  public TransitionRefused(Stage from, Stage to, List<Stage> allowed) {
    super(409, "invalid-transition", "Transition not allowed", from + " → " + to + " is not allowed; allowed from "
        + from + ": " + (allowed.isEmpty() ? "none" : allowed)
        + (from == Stage.LOST && to.isOpen() ? " (reopening a LOST deal is for managers and admins)" : ""), null);
    this.allowed = allowed;
  }

  public List<Stage> allowed() {
    return allowed;
  }
}
