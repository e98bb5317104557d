package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchKeyTest {
  @Test
  void aChineseNameIsKeyedByItselfItsPinyinAndItsInitials() {
    SearchKey key = SearchKey.of("华泰证券股份有限公司");
    assertEquals("华泰证券股份有限公司|huataizhengquangufenyouxiangongsi|htzqgfyxgs", key.search());
    assertEquals("hua tai zheng quan gu fen you xian gong si", key.sort());
  }

  @Test
  void wordsReadAsWordsWhereACharacterReadsOtherwiseAlone() {
    assertEquals(List.of("chong", "qing", "yin", "hang"), Pinyin.tokens("重庆银行"));
    assertEquals(List.of("xia", "men", "hang", "kong"), Pinyin.tokens("厦门航空"));
    assertEquals(List.of("cheng", "du", "shi", "gong", "an", "ju"), Pinyin.tokens("成都市公安局"));
    // alone, 行 reads xing and 长 chang
    assertEquals(List.of("xing", "dong"), Pinyin.tokens("行动"));
    assertEquals(List.of("chang", "sha"), Pinyin.tokens("长沙"));
  }

  @Test
  void latinNamesKeepTheirWordsAndMixedNamesBoth() {
    SearchKey key = SearchKey.of("Pacific Trading Co., Ltd.");
    assertEquals("pacifictradingco.,ltd.|pacifictradingcoltd|ptcl", key.search());
    assertEquals("pacific trading co ltd", key.sort());
    assertEquals(List.of("ibm", "zhong", "guo", "2024"), Pinyin.tokens("IBM中国 2024"));
  }

  @Test
  void queriesFoldFullWidthCaseAndSpaces() {
    assertEquals("pacifictrade", SearchKey.normalise("ＰＡＣＩＦＩＣ  Trade"));
    assertEquals("华为技术(深圳)", SearchKey.normalise("华为技术（深圳）"));
    assertEquals("", SearchKey.normalise(" | "));
  }

  @Test
  void lookAlikesDoNotMatchEachOther() {
    String securities = SearchKey.of("华泰证券").search();
    String insurance = SearchKey.of("华泰保险").search();
    assertTrue(securities.contains("huatai") && insurance.contains("huatai"));
    assertFalse(insurance.contains(SearchKey.normalise("华泰证券")));
    assertFalse(insurance.contains("huataizhengquan"));
  }

  @Test
  void usersAreFoundByTheLocalPartOfTheirEmailNotTheDomain() {
    assertEquals("李娜|li.na|lina|lina|ln|ln", SearchKey.ofUser("李娜", "li.na@pareto.demo").search());
    assertFalse(SearchKey.ofUser("李娜", "li.na@pareto.demo").search().contains("pareto"));
  }

  @Test
  void likeWildcardsInAQueryAreEscaped() {
    assertEquals("100\\%\\_a\\\\b", SearchKey.likeEscaped("100%_a\\b"));
  }
}
