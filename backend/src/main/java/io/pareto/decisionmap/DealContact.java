package io.pareto.decisionmap;

import io.pareto.common.Timestamped;
import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A contact in the buying centre of one deal, with the role and attitude in that deal. */
@Entity
@Table(name = "opportunity_contact")
public class DealContact extends Timestamped {
  @EmbeddedId public Key id;

  @Enumerated(EnumType.STRING)
  @Column(name = "deal_role")
  public BuyingRole dealRole;

  /** May differ from the account-level attitude: a supporter of one project can oppose another. */
  @Enumerated(EnumType.STRING)
  public Attitude attitude;

  @Embeddable
  public record Key(
      @Column(name = "opportunity_id") Long opportunityId,
      @Column(name = "contact_id") Long contactId)
      implements Serializable {}
}
