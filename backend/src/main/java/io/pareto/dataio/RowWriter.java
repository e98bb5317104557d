package io.pareto.dataio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes exported rows as CSV (RFC 4180, header row; text that a spreadsheet would run as a formula
 * gets a leading apostrophe, see {@link SpreadsheetSafe}) or NDJSON (one object per line, nulls
 * left out, values as stored).
 */
abstract sealed class RowWriter {
  protected final Writer out;
  protected final List<Column> columns;

  RowWriter(Writer out, List<Column> columns) {
    this.out = out;
    this.columns = columns;
  }

  static RowWriter of(ExportFormat f, Writer out, List<Column> columns, ObjectMapper mapper)
      throws IOException {
    return f == ExportFormat.CSV ? new Csv(out, columns) : new Ndjson(out, columns, mapper);
  }

  void header() throws IOException {}

  /**
   * One row; values are String, Long, Integer, BigDecimal or Boolean as {@link ExportService} reads
   * them.
   */
  abstract void row(Object[] values) throws IOException;

  void finish() throws IOException {
    out.flush();
  }

  static final class Csv extends RowWriter {
    Csv(Writer out, List<Column> columns) {
      super(out, columns);
    }

    @Override
    void header() throws IOException {
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) out.write(',');
        out.write(columns.get(i).name());
      }
      out.write("\r\n");
    }

    @Override
    void row(Object[] values) throws IOException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) out.write(',');
        Object v = values[i];
        if (v == null) continue;
        // Only text can carry a formula: a negative number stays a number.
        String s =
            v instanceof String text
                ? SpreadsheetSafe.neutralise(text)
                : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        if (needsQuotes(s)) {
          out.write('"');
          out.write(s.replace("\"", "\"\""));
          out.write('"');
        } else {
          out.write(s);
        }
      }
      out.write("\r\n");
    }

    private static boolean needsQuotes(String s) {
      if (s.isEmpty()) return false;
      if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))
        return true;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
      }
      return false;
    }
  }

  static final class Ndjson extends RowWriter {
    private final JsonGenerator json;

    Ndjson(Writer out, List<Column> columns, ObjectMapper mapper) throws IOException {
      super(out, columns);
      this.json = mapper.getFactory().createGenerator(out);
      json.setRootValueSeparator(null);
    }

    @Override
    void row(Object[] values) throws IOException {
      json.writeStartObject();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) continue;
        json.writeFieldName(columns.get(i).name());
        if (v instanceof BigDecimal d) json.writeNumber(d);
        else if (v instanceof Long l) json.writeNumber(l);
        else if (v instanceof Integer n) json.writeNumber(n);
        else if (v instanceof Boolean b) json.writeBoolean(b);
        else json.writeString(v.toString());
      }
      json.writeEndObject();
      json.flush();
      out.write('\n');
    }

    @Override
    void finish() throws IOException {
      json.flush();
      super.finish();
    }
  }
}
