package io.pareto.decisionmap;

import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Layer;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the gap rules need to know about one contact. Unknown closeness counts as 0 (not close);
 * {@code ownerUserIds} are our users who hold the relationship.
 */
public record ContactRow(
    long id,
    Layer layer,
    boolean placeholder,
    Set<BuyingRole> roles,
    Attitude attitude,
    int closeness,
    int competitorCloseness,
    LocalDate lastContactedOn,
    Set<Long> ownerUserIds) {

  boolean has(BuyingRole role) {
    return roles.contains(role);
  }

  boolean isKeyPerson() {
    return has(BuyingRole.DECISION_MAKER) || has(BuyingRole.INFLUENCER);
  }
}
