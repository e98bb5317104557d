package io.pareto.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {
  @Test
  void publishedCodesAreValid() {
    // 华为技术有限公司, 深圳市腾讯计算机系统有限公司, 小米科技有限责任公司, 阿里巴巴(中国)有限公司
    assertTrue(CreditCode.isValid("914403001922038216"));
    assertTrue(CreditCode.isValid("91440300708461136T"));
    assertTrue(CreditCode.isValid("91110108551385082Q"));
    assertTrue(CreditCode.isValid("91330100799655058B"));
  }

  @Test
  void theCheckCharacterIsTheStandardsWeightedSum() {
    // 9*1+1*3+4*9+4*27+0*19+3*26+0*16+0*17+1*20+9*29+2*25+2*13+0*8+3*24+8*10+2*30+1*28 = 831;
    // 831 mod 31 = 25; 31 - 25 = 6
    assertEquals('6', CreditCode.checkCharacter("91440300192203821"));
    // Q stands at index 24 of the 31-character alphabet
    assertEquals('Q', CreditCode.checkCharacter("91110108551385082"));
  }

  @Test
  void wrongCheckLengthOrLettersAreRefusedWithTheReason() {
    assertEquals(
        "check character does not match (GB 32100)",
        CreditCode.problem("91440300192203821T").orElseThrow());
    assertEquals("must have 18 characters", CreditCode.problem("9144030019220382").orElseThrow());
    assertEquals(
        "character 'I' is not allowed", CreditCode.problem("9I4403001922038216").orElseThrow());
    assertFalse(CreditCode.isValid(null));
  }

  @Test
  void fullWidthSpacesAndCaseAreFolded() {
    assertEquals("91110108551385082Q", CreditCode.canonical("９１１１ 0108 5513 8508 2q"));
    assertEquals(null, CreditCode.canonical("  "));
  }
}
