package io.pareto.merge;

import io.pareto.account.AccountInput;
import java.util.Set;

/**
 * The survivor's fields after a merge: the chosen ones from the duplicate, blanks filled from it.
 */
final class AccountMergeFields {
  private AccountMergeFields() {}

  static AccountInput combine(
      AccountInput survivor, AccountInput duplicate, Set<AccountField> take) {
    FieldChoice<AccountInput> c = new FieldChoice<>(survivor, duplicate, take);
    return new AccountInput(
        c.pick(AccountField.EXTERNAL_ID, AccountInput::externalId),
        c.pick(AccountField.NAME, AccountInput::name),
        c.pick(AccountField.INDUSTRY, AccountInput::industryCode),
        c.pick(AccountField.REGION, AccountInput::region),
        c.pick(AccountField.OWNER, AccountInput::ownerId),
        c.pick(AccountField.KA_KIND, AccountInput::kaKind),
        c.pick(AccountField.RELATIONSHIP_STAGE, AccountInput::relationshipStage),
        c.pick(AccountField.PROCUREMENT_MODE, AccountInput::procurementMode),
        c.pick(AccountField.PURCHASE_PATTERN, AccountInput::purchasePattern),
        c.pick(AccountField.ESTIMATED_ANNUAL_POTENTIAL, AccountInput::estimatedAnnualPotential),
        c.pick(AccountField.STRATEGIC_VALUE, AccountInput::strategicValue),
        c.pick(AccountField.CREDIT_CODE, AccountInput::creditCode));
  }
}
