package io.pareto.duplicate;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;

/** A conflict: the account looks like one that exists; names the candidates the caller may see. */
public class LikelyDuplicate extends ProblemException {
  private final DuplicateCheckDto found;

  public LikelyDuplicate(DuplicateCheckDto found) {
    super(
        Kind.CONFLICT,
        "LIKELY_DUPLICATE",
        "This looks like "
            + found.candidates().size()
            + " account(s) you can see and "
            + found.hiddenMatches()
            + " you cannot; give a reason (duplicateReason) to create it anyway",
        null,
        found.candidates().size(),
        found.hiddenMatches());
    this.found = found;
  }

  @Override
  public Object body(Problem p) {
    return new LikelyDuplicateProblem(
        p.type(),
        p.title(),
        p.status(),
        p.code(),
        p.detail(),
        p.instance(),
        found.candidates(),
        found.hiddenMatches());
  }
}
