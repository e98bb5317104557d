package io.pareto.dataset;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;

/**
 * A 404 for a record that was merged into another: the body names the survivor ({@code mergedInto})
 * so a client can follow it. A 404 rather than a redirect: the old id is gone for writes too, and a
 * redirect would silently retarget a PUT or DELETE.
 */
public class MergedAway extends ProblemException {
  private final long mergedInto;

  public MergedAway(String entity, long id, long mergedInto) {
    super(
        Kind.NOT_FOUND,
        "MERGED",
        entity + " " + id + " was merged into " + mergedInto,
        null,
        entity,
        id,
        mergedInto);
    this.mergedInto = mergedInto;
  }

  @Override
  public Object body(Problem p) {
    return new MergedProblem(
        p.type(), p.title(), p.status(), p.code(), p.detail(), p.instance(), mergedInto);
  }
}
