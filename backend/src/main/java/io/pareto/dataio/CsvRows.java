package io.pareto.dataio;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV as Excel writes it: UTF-8 with or without a BOM, a header row, fields quoted
 * with double quotes ("" inside quotes is one quote), commas and line breaks allowed inside
 * quotes, CRLF or LF. Blank lines are skipped.
 */
public final class CsvRows implements RowSource {
  private final Reader in;
  private final List<String> header;
  private long number;
  private int pushback = -2;
  private final char[] chars = new char[1 << 14];
  private int pos, len;

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
      String name = i < header.size() ? header.get(i) : "#" + (i + 1);
      cells.put(name, i < fields.size() ? fields.get(i) : null);
    }
    return new Row(number, cells);
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
    while (true) {
      if (quoted) {
        if (c == -1) break; // unterminated quote: take what we have
        if (c == '"') {
          int n = read();
          if (n == '"') field.append('"');
          else { quoted = false; c = n; continue; }
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
