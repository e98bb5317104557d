package io.pareto.decisionmap;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of our users holds the relationship with a contact (strength 1..5): the threads of the map.
 */
@Entity
@Table(name = "relationship_owner")
public class RelationshipOwner extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id")
  public Long accountId;

  @Column(name = "contact_id")
  public Long contactId;

  @Column(name = "user_id")
  public Long userId;

  public int strength;
}
