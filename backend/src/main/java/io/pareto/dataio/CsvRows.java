package io.pareto.dataio;

import io.pareto.common.Problem.RowError.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV as Excel writes it: UTF-8 with or without a BOM, a header row, fields quoted with
 * double quotes ("" inside quotes is one quote), commas and line breaks allowed inside quotes, CRLF
 * or LF. Blank lines are skipped. A cell that is not valid UTF-8 or holds a NUL character is a
 * problem of its row; a quote still open at the end of the file makes the whole file unreadable. A
 * leading apostrophe that an export added before a formula character is taken off ({@link
 * SpreadsheetSafe}).
 */
public final class CsvRows implements RowSource {
  /**
   * What the decoder puts where the bytes are not UTF-8: a lone low surrogate, which no valid UTF-8
   * decodes to (encoded surrogates are malformed too), so it cannot be mistaken for a character
   * someone sent.
   */
  private static final char MALFORMED = '\uDC80';

  /** A quoted field opened in this row and column is never closed. */
  public static final class UnterminatedQuote extends IOException {
    public final long row;
    public final String column;

    UnterminatedQuote(long row, String column) {
      super(
          "a quoted field opens here and is never closed: the rest of the file would be read into it");
      this.row = row;
      this.column = column;
    }
  }

  private final Reader in;
  private final List<String> header;
  private long number;
  private int pushback = -2;
  private final char[] chars = new char[1 << 14];
  private int pos, len;

  /** Fields of the record just read that hold a NUL or the malformed-input mark (rarely any). */
  private final List<Integer> oddFields = new ArrayList<>();

  /** Reads a UTF-8 body, marking malformed bytes instead of silently replacing them with U+FFFD. */
  public static CsvRows utf8(InputStream body) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(MALFORMED));
    return new CsvRows(new InputStreamReader(body, decoder));
  }

  public CsvRows(Reader in) throws IOException {
    this.in = in;
    int first = in.read();
    if (first != '\uFEFF') pushback = first;
    List<String> h = record();
    this.header = h == null ? List.of() : h.stream().map(s -> s == null ? "" : s.trim()).toList();
  }

  public List<String> header() {
    return header;
  }

  @Override
  public Row next() throws IOException {
    List<String> fields;
    do {
      fields = record();
      if (fields == null) return null;
    } while (fields.size() == 1 && fields.get(0) == null);
    number++;
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < Math.max(fields.size(), header.size()); i++) {
      cells.put(columnName(i), i < fields.size() ? SpreadsheetSafe.restore(fields.get(i)) : null);
    }
    if (oddFields.isEmpty()) return new Row(number, cells);
    List<Row.Problem> problems = new ArrayList<>();
    for (int i : oddFields) {
      String f = fields.get(i);
      if (f.indexOf('\0') >= 0) {
        problems.add(
            new Row.Problem(columnName(i), Code.NUL_CHARACTER, "contains a NUL character"));
      }
      if (malformed(f))
        problems.add(new Row.Problem(columnName(i), Code.NOT_UTF8, "not valid UTF-8"));
      cells.put(columnName(i), null); // never stored: the row is refused
    }
    return new Row(number, cells, problems);
  }

  private String columnName(int i) {
    return i < header.size() ? header.get(i) : "#" + (i + 1);
  }

  /** The mark, not as the second half of a real surrogate pair. */
  private static boolean malformed(String f) {
    for (int i = 0; i < f.length(); i++) {
      if (f.charAt(i) == MALFORMED && (i == 0 || !Character.isHighSurrogate(f.charAt(i - 1))))
        return true;
    }
    return false;
  }

  private int read() throws IOException {
    if (pushback != -2) {
      int c = pushback;
      pushback = -2;
      return c;
    }
    if (pos == len) { // our own block buffer: Reader.read() per character takes a lock each time
      len = in.read(chars, 0, chars.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return chars[pos++];
  }

  /** One record's fields (empty → null), or null at the end of input. */
  private List<String> record() throws IOException {
    int c = read();
    if (c == -1) return null;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    oddFields.clear();
    while (true) {
      if (c == 0 || c == MALFORMED) {
        if (oddFields.isEmpty() || oddFields.get(oddFields.size() - 1) != fields.size())
          oddFields.add(fields.size());
      }
      if (quoted) {
        if (c == -1)
          throw new UnterminatedQuote(
              header == null ? 0 : number + 1,
              header == null ? "#" + (fields.size() + 1) : columnName(fields.size()));
        if (c == '"') {
          int n = read();
          if (n == '"') field.append('"');
          else {
            quoted = false;
            c = n;
            continue;
          }
        } else field.append((char) c);
      } else if (c == '"' && field.isEmpty()) {
        quoted = wasQuoted = true;
      } else if (c == ',') {
        fields.add(value(field, wasQuoted));
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') pushback = n;
        }
        break;
      } else field.append((char) c);
      c = read();
    }
    fields.add(value(field, wasQuoted));
    return fields;
  }

  private static String value(StringBuilder field, boolean quoted) {
    return field.isEmpty() && !quoted ? null : field.isEmpty() ? null : field.toString();
  }
}
