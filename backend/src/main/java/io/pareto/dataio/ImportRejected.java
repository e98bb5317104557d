package io.pareto.dataio;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import java.util.List;

/**
 * The whole import is refused (nothing written): 422 for invalid rows, 403 for rows outside the
 * caller's reach.
 */
public final class ImportRejected extends ProblemException {
  private final List<Problem.RowError> rows;

  public ImportRejected(boolean forbidden, long badRows, List<Problem.RowError> rows) {
    super(
        forbidden ? Kind.FORBIDDEN : Kind.RULE_VIOLATED,
        forbidden ? "IMPORT_FORBIDDEN" : "INVALID_ROWS",
        badRows
            + " error(s) in the file"
            + (badRows > rows.size() ? ", the first " + rows.size() + " listed" : "")
            + "; nothing was written",
        null,
        badRows,
        rows.size());
    this.rows = List.copyOf(rows);
  }

  @Override
  public List<Problem.RowError> rowErrors() {
    return rows;
  }
}
