package io.pareto.decisionmap;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Informal influence between two contacts of one account (strength 1..3). */
@Entity
@Table(name = "contact_link")
public class ContactLink extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** Denormalised from the contacts so the map reads an account's links with one indexed query. */
  @Column(name = "account_id")
  public Long accountId;

  @Column(name = "from_contact_id")
  public Long fromContactId;

  @Column(name = "to_contact_id")
  public Long toContactId;

  @Enumerated(EnumType.STRING)
  public LinkKind kind;

  public int strength;
}
