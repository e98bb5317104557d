package io.pareto.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.account.AccountInput;
import io.pareto.account.KaKind;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountMergeFieldsTest {
  private static final AccountInput SURVIVOR =
      new AccountInput(
          "ERP-1", "华为技术有限公司", "TELECOM", "华东", 7L, null, null, null, null, null, 3, null);
  private static final AccountInput DUPLICATE =
      new AccountInput(
          "ERP-2",
          "华为技术(深圳)有限公司",
          "MANUFACTURING",
          "华南",
          8L,
          KaKind.STRATEGIC,
          null,
          null,
          null,
          new BigDecimal("5000000.00"),
          5,
          "914403001922038216");

  @Test
  void chosenFieldsComeFromTheDuplicateTheRestStayAndBlanksAreFilled() {
    AccountInput merged =
        AccountMergeFields.combine(
            SURVIVOR, DUPLICATE, Set.of(AccountField.REGION, AccountField.OWNER));
    assertEquals("华为技术有限公司", merged.name());
    assertEquals("ERP-1", merged.externalId());
    assertEquals("TELECOM", merged.industryCode());
    assertEquals("华南", merged.region());
    assertEquals(8L, merged.ownerId());
    assertEquals(3, merged.strategicValue());
    // the survivor had none of these
    assertEquals(KaKind.STRATEGIC, merged.kaKind());
    assertEquals(new BigDecimal("5000000.00"), merged.estimatedAnnualPotential());
    assertEquals("914403001922038216", merged.creditCode());
  }

  @Test
  void noChoiceKeepsTheSurvivor() {
    assertEquals(SURVIVOR.name(), AccountMergeFields.combine(SURVIVOR, DUPLICATE, Set.of()).name());
  }
}
