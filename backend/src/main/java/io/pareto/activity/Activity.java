package io.pareto.activity;

import io.pareto.common.Timestamped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A visit, call, meeting or e-mail with a customer (docs/method.md §10). */
@Entity
@Table(name = "activity")
public class Activity extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  @Column(name = "owner_id")
  public Long ownerId;

  @Column(name = "opportunity_id")
  public Long opportunityId;

  @Enumerated(EnumType.STRING)
  public ActivityKind kind;

  @Column(name = "occurred_on")
  public LocalDate occurredOn;

  public String purpose;
  public String outcome;

  @Column(name = "no_commitment_reason")
  public String noCommitmentReason;

  @Column(name = "prep_business_cards")
  public boolean prepBusinessCards;

  @Column(name = "prep_notebook")
  public boolean prepNotebook;

  @Column(name = "prep_contact_list")
  public boolean prepContactList;

  @Column(name = "prep_product_material")
  public boolean prepProductMaterial;

  @Column(name = "prep_price_quote")
  public boolean prepPriceQuote;

  @ElementCollection
  @CollectionTable(name = "activity_contact", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "contact_id")
  public Set<Long> contactIds = new LinkedHashSet<>();
}
