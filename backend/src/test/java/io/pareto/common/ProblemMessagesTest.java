package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

  @Test
  void picksTheFirstSupportedLanguageOfAcceptLanguage() {
    assertEquals(ProblemMessages.EN_US, ProblemMessages.locale(null));
    assertEquals(ProblemMessages.EN_US, ProblemMessages.locale(""));
    assertEquals(ProblemMessages.ZH_CN, ProblemMessages.locale("zh-CN"));
    assertEquals(ProblemMessages.ZH_CN, ProblemMessages.locale("zh"));
    assertEquals(
        ProblemMessages.ZH_CN, ProblemMessages.locale("fr;q=0.9, zh-Hans;q=0.8, en;q=0.5"));
    assertEquals(ProblemMessages.EN_US, ProblemMessages.locale("en-GB,zh-CN;q=0.5"));
    assertEquals(ProblemMessages.EN_US, ProblemMessages.locale("de"));
    assertEquals(ProblemMessages.EN_US, ProblemMessages.locale("not a ;;; header"));
  }

  @Test
  void formatsDetailsWithTheirArgumentsAndKeepsIdsUngrouped() {
    assertEquals(
        "记录 1234567 不存在，或不在您的可见范围内",
        ProblemMessages.detail(
            ProblemMessages.ZH_CN,
            "NOT_FOUND",
            new Object[] {"Account", 1234567L},
            "Account 1234567 does not exist"));
    assertEquals(
        "Account 1234567 does not exist",
        ProblemMessages.detail(
            ProblemMessages.EN_US,
            "NOT_FOUND",
            new Object[] {"Account", 1234567L},
            "Account 1234567 does not exist"));
    // A code of another feature without a Chinese entry keeps its English detail but gets the
    // status' title.
    assertEquals(
        "Slow down",
        ProblemMessages.detail(ProblemMessages.ZH_CN, "SOME_NEW_CODE", new Object[0], "Slow down"));
    assertEquals(
        "请求过于频繁",
        ProblemMessages.title(ProblemMessages.ZH_CN, "SOME_NEW_CODE", "Too many requests", 429));
    assertEquals(
        "Too many requests",
        ProblemMessages.title(ProblemMessages.EN_US, "SOME_NEW_CODE", "Too many requests", 429));
  }

  @Test
  void tellsATranslatedDetailFromTheEnglishFallback() {
    assertTrue(
        ProblemMessages.detailIn(ProblemMessages.ZH_CN, "NOT_FOUND", new Object[] {"Account", 1}));
    // no Chinese detail for a JAX-RS 405, and none for a pattern whose arguments were not given
    assertFalse(
        ProblemMessages.detailIn(ProblemMessages.ZH_CN, "METHOD_NOT_ALLOWED", new Object[0]));
    assertFalse(ProblemMessages.detailIn(ProblemMessages.ZH_CN, "STALE_VERSION", new Object[0]));
    assertEquals(
        "old words",
        ProblemMessages.detail(ProblemMessages.ZH_CN, "STALE_VERSION", new Object[0], "old words"));
  }

  @Test
  void everyEnglishTitleHasAChineseOne() throws Exception {
    Properties en = load("/problems.properties");
    Properties zh = load("/problems_zh_CN.properties");
    List<String> missing = new ArrayList<>();
    for (String key : en.stringPropertyNames()) if (!zh.containsKey(key)) missing.add(key);
    assertTrue(missing.isEmpty(), "missing in problems_zh_CN.properties: " + missing);
    assertTrue(en.size() >= 40, "expected the titles of every code, found " + en.size());
  }

  private static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (var in =
        new InputStreamReader(
            ProblemMessagesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
