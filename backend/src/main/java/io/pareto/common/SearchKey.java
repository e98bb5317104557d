package io.pareto.common;

import java.text.Normalizer;
import java.util.List;

/**
 * What a name is found and sorted by. {@code search} holds the normalised name, its full pinyin and
 * its initials, separated by '|', so "华泰", "huatai" and "ht" all find 华泰证券 by substring; {@code
 * sort} is the pinyin with spaces (华泰 → "hua tai"), so names sort by reading in one index.
 */
public record SearchKey(String search, String sort) {
  /** Longest stored key; longer names are cut (the column is varchar of this length). */
  public static final int MAX = 600;

  public static SearchKey of(String... parts) {
    StringBuilder names = new StringBuilder();
    StringBuilder full = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    StringBuilder sort = new StringBuilder();
    for (String part : parts) {
      if (part == null || part.isBlank()) continue;
      if (names.length() > 0) {
        names.append('|');
        full.append('|');
        initials.append('|');
      }
      names.append(normalise(part));
      List<String> tokens = Pinyin.tokens(Normalizer.normalize(part, Normalizer.Form.NFKC));
      for (String t : tokens) {
        full.append(t);
        initials.append(t.charAt(0));
      }
      if (sort.length() == 0) sort.append(String.join(" ", tokens));
    }
    String search = names + "|" + full + "|" + initials;
    return new SearchKey(cut(search), cut(sort.toString()));
  }

  /**
   * A user is found by name and by the part of their e-mail before the @ (li.na), not the domain.
   */
  public static SearchKey ofUser(String name, String email) {
    int at = email == null ? -1 : email.indexOf('@');
    return of(name, at < 0 ? email : email.substring(0, at));
  }

  /**
   * A query as it is matched against {@link #search}: full-width forms folded (ＡＢＣ → abc), lower
   * case, no spaces or '|'. Blank when nothing searchable is left.
   */
  public static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
    StringBuilder out = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && cp != '|')
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** LIKE's wildcards in a query match themselves (with {@code escape '\'}). */
  public static String likeEscaped(String q) {
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String cut(String s) {
    return s.length() <= MAX ? s : s.substring(0, MAX);
  }
}
