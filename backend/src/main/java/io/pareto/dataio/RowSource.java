package io.pareto.dataio;

import io.pareto.common.Problem.RowError.Code;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Rows of an uploaded file, one at a time, so a 200 MB body never sits in memory. */
public interface RowSource {

  /**
   * One data row: its number (data rows count from 1; the CSV header is row 0), its cells by
   * column, and cells the reader could not take as text at all (not UTF-8, a NUL character).
   */
  record Row(long number, Map<String, String> cells, List<Problem> problems) {
    public Row(long number, Map<String, String> cells) {
      this(number, cells, List.of());
    }

    /** A cell that is not text. */
    public record Problem(String column, Code code, String message) {}
  }

  /** The next row, or null at the end. Empty cells are null. */
  Row next() throws IOException;
}
