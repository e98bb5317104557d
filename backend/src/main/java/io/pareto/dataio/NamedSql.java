package io.pareto.dataio;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with {@code :name} parameters (as {@code AccountScope.sql} writes them) turned into JDBC
 * {@code ?} placeholders, remembering which value goes where. Positional {@code ?} already in the
 * text stay as they are; the caller binds those itself. Quoted literals and casts ({@code ::text})
 * are left alone.
 */
record NamedSql(String sql, List<Integer> positions, List<Object> values) {
  // a quoted literal (skipped whole, '' inside it included), a :name, or a positional ?
  private static final Pattern NAME =
      Pattern.compile("'(?:[^']|'')*'|(?<![:\\w]):([a-zA-Z][a-zA-Z0-9_]*)|\\?");

  static NamedSql of(String sql, Map<String, Object> params) {
    Matcher m = NAME.matcher(sql);
    StringBuilder out = new StringBuilder();
    List<Integer> positions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    int index = 0;
    while (m.find()) {
      if (m.group().startsWith("'")) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      index++;
      if (m.group(1) != null) {
        if (!params.containsKey(m.group(1)))
          throw new IllegalArgumentException("unbound :" + m.group(1));
        positions.add(index);
        values.add(params.get(m.group(1)));
      }
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    return new NamedSql(out.toString(), positions, values);
  }

  /** Binds the named values at their positions; returns the next position when they come first. */
  int bind(PreparedStatement ps) throws SQLException {
    for (int i = 0; i < positions.size(); i++) ps.setObject(positions.get(i), values.get(i));
    return positions.size() + 1;
  }
}
