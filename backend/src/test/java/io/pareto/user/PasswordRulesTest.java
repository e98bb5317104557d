package io.pareto.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {
  private final PasswordRules rules = new PasswordRules();

  @Test
  void eachReasonIsNamed() {
    assertEquals(
        List.of("is one of the most common passwords"), rules.reasons("Password12", "x@y.cn"));
    assertEquals(
        List.of("is one of the most common passwords"), rules.reasons("qwertyuiop!!", "x@y.cn"));
    assertEquals(
        List.of("uses too few different characters"), rules.reasons("abababababab", "x@y.cn"));
    assertEquals(
        List.of("uses too few different characters"), rules.reasons("aaaaaaaaaa", "x@y.cn"));
    assertEquals(
        List.of("is one of the most common passwords"), rules.reasons("1234567890", "x@y.cn"));
    assertEquals(
        List.of("is a run of consecutive characters"), rules.reasons("lmnopqrstuvw", "x@y.cn"));
    assertEquals(
        List.of("contains the email address's name part"),
        rules.reasons("li.na-harbour-7", "Li.Na@pareto.cn"));
  }

  @Test
  void aLongUnusualPassphrasePasses() {
    assertEquals(List.of(), rules.reasons("Kiwi-Harbour-Lantern-7", "li.na@pareto.cn"));
    assertEquals(List.of(), rules.reasons("pareto-demo", "li.na@pareto.cn"));
    // a two-letter local part is too short to judge by
    assertEquals(List.of(), rules.reasons("Kiwi-Harbour-li-7", "li@pareto.cn"));
  }
}
