package io.pareto.dataio;

import java.io.IOException;
import java.util.Map;

/** Rows of an uploaded file, one at a time, so a 200 MB body never sits in memory. */
public interface RowSource {

  /** One data row: its number (data rows count from 1; the CSV header is row 0) and its cells by column. */
  record Row(long number, Map<String, String> cells) {}

  /** The next row, or null at the end. Empty cells are null. */
  Row next() throws IOException;
}
