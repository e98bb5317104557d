package io.pareto.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CompanyNameTest {
  @Test
  void theTwoChineseHuaweiSpellingsShareOneKey() {
    assertEquals("华为技术", CompanyName.of("华为技术有限公司").key());
    assertEquals("华为技术", CompanyName.of("华为技术(深圳)有限公司").key());
    assertEquals("华为技术", CompanyName.of("华为技术（深圳）有限公司").key());
    assertEquals("huaweijishu", CompanyName.of("华为技术有限公司").reading());
  }

  @Test
  void huaweiInLatinLettersReadsAsHuawei() {
    assertEquals("huawei", CompanyName.of("Huawei").reading());
    assertEquals("huawei", CompanyName.of("华为").reading());
    assertEquals("huawei", CompanyName.of("ＨＵＡＷＥＩ Co., Ltd.").key());
  }

  @Test
  void legalSuffixesAndPunctuationGo() {
    assertEquals("阿里巴巴", CompanyName.of("阿里巴巴(中国)有限公司").key());
    assertEquals("万科企业", CompanyName.of("万科企业股份有限公司").key());
    assertEquals("小米科技", CompanyName.of("小米科技有限责任公司").key());
    assertEquals("海尔", CompanyName.of("海尔集团公司").key());
    assertEquals("acmeindustries", CompanyName.of("ACME Industries, Inc.").key());
    assertEquals("acme", CompanyName.of("Acme LLC").key());
    // a word that merely ends in a suffix's letters is kept whole
    assertEquals("costco", CompanyName.of("Costco").key());
  }

  @Test
  void lookAlikesKeepApart() {
    assertNotEquals(CompanyName.of("华泰证券").reading(), CompanyName.of("华泰保险").reading());
    assertNotEquals(CompanyName.of("中国银行").key(), CompanyName.of("中国建设银行").key());
    assertEquals("zhongguoyinhang", CompanyName.of("中国银行股份有限公司").reading());
  }

  @Test
  void aLeadingRegionGoesWithOrWithoutBrackets() {
    assertEquals("华泰", CompanyName.of("（上海）华泰").key());
    assertEquals("华泰", CompanyName.of("上海华泰").key());
    assertEquals("华泰证券", CompanyName.of("上海华泰证券有限公司").key());
    assertEquals("华泰证券", CompanyName.of("(上海)华泰证券").key());
    assertEquals("电力设计院", CompanyName.of("江苏省电力设计院").key());
    assertEquals(CompanyName.of("上海市华泰").reading(), CompanyName.of("(上海)华泰").reading());
  }

  @Test
  void aRegionThatNamesTheInstitutionStays() {
    assertNotEquals(CompanyName.of("北京大学").key(), CompanyName.of("南京大学").key());
    assertNotEquals(CompanyName.of("上海银行").key(), CompanyName.of("江苏银行股份有限公司").key());
    assertEquals("江苏省税务局", CompanyName.of("江苏省税务局").key());
    // too short a rest keeps the name whole
    assertEquals("上海", CompanyName.of("上海").key());
  }

  @Test
  void aNameThatIsOnlyASuffixKeepsItsText() {
    // nothing but suffixes: the last cut stops before the key would be empty
    assertEquals("有限", CompanyName.of("有限公司").key());
    assertEquals("深圳", CompanyName.of("(深圳)").key());
  }
}
