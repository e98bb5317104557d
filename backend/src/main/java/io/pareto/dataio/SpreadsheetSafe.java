package io.pareto.dataio;

/**
 * CSV formula injection (OWASP): Excel, LibreOffice and BI tools run a cell starting with {@code
 * =}, {@code +}, {@code -}, {@code @}, tab or carriage return as a formula, so a contact named
 * {@code =HYPERLINK(...)} would become a live link in whoever opens the export. Exported text gets
 * a leading {@code '} there (spreadsheets show the text, not the apostrophe), and the CSV import
 * takes exactly that apostrophe off again, so export → import gives back the stored value.
 *
 * <p>For the round trip to be exact, text that already looks neutralised ({@code '} repeated, then
 * a trigger) gets one more apostrophe too: the import always removes exactly one.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  /** The text as exported to CSV. */
  public static String neutralise(String s) {
    return looksNeutralised(s) || startsWithTrigger(s, 0) ? "'" + s : s;
  }

  /**
   * The value an imported CSV cell stands for: one leading apostrophe before a trigger is dropped.
   */
  public static String restore(String s) {
    return s != null && looksNeutralised(s) ? s.substring(1) : s;
  }

  private static boolean looksNeutralised(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') i++;
    return i > 0 && startsWithTrigger(s, i);
  }

  private static boolean startsWithTrigger(String s, int at) {
    if (at >= s.length()) return false;
    char c = s.charAt(at);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
