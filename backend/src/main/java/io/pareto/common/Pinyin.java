package io.pareto.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Toneless pinyin of Chinese text, for search and for sorting names the way Chinese users expect
 * (by reading, not by code point). Each ideograph takes its most common reading; a word list
 * corrects characters that read otherwise inside a word (银行 yin hang, 重庆 chong qing). Both tables
 * are resources made by scripts/pinyin-table. Characters other than ideographs are kept as they
 * are.
 */
public final class Pinyin {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;
  private static final String[] READINGS = new String[LAST - FIRST + 1];
  private static final Map<String, String[]> WORDS = new HashMap<>();
  private static int longestWord = 1;

  static {
    for (String line : lines("/search/pinyin-chars.tsv")) {
      String[] cols = line.split("\t");
      cols[1].codePoints().forEach(cp -> READINGS[cp - FIRST] = cols[0]);
    }
    for (String line : lines("/search/pinyin-phrases.tsv")) {
      String[] cols = line.split("\t");
      WORDS.put(cols[0], cols[1].split(" "));
      longestWord = Math.max(longestWord, cols[0].length());
    }
  }

  private Pinyin() {}

  /**
   * The text as a list of tokens: one reading per ideograph (longest known word first), and each
   * run of other letters or digits as one lower-case token. Spaces and punctuation only separate
   * tokens.
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isIdeograph(cp)) {
        flush(run, out);
        int matched = matchWord(text, i, out);
        if (matched > 0) {
          i += matched;
          continue;
        }
        String reading = READINGS[cp - FIRST];
        out.add(reading != null ? reading : new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(Character.toLowerCase(cp));
      } else {
        flush(run, out);
      }
      i += Character.charCount(cp);
    }
    flush(run, out);
    return out;
  }

  private static int matchWord(String text, int at, List<String> out) {
    for (int len = Math.min(longestWord, text.length() - at); len >= 2; len--) {
      String[] readings = WORDS.get(text.substring(at, at + len));
      if (readings != null) {
        out.addAll(List.of(readings));
        return len;
      }
    }
    return 0;
  }

  private static boolean isIdeograph(int cp) {
    return cp >= FIRST && cp <= LAST;
  }

  private static void flush(StringBuilder run, List<String> out) {
    if (run.length() > 0) {
      out.add(run.toString());
      run.setLength(0);
    }
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Pinyin.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
