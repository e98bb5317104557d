package io.pareto.account;

import io.pareto.common.SearchKey;
import io.pareto.common.Timestamped;
import io.pareto.duplicate.CompanyName;
import io.pareto.industry.Industry;
import io.pareto.user.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer organisation. Its category is computed by classification, never typed in. */
@Entity
@Table(name = "account")
public class Account extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "external_id")
  public String externalId;

  public String name;

  /** 统一社会信用代码, canonical (see CreditCode); unique when present. */
  @Column(name = "credit_code")
  public String creditCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "industry_code")
  public Industry industry;

  public String region;

  /** The account manager (大客户经理). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  public AppUser owner;

  @Enumerated(EnumType.STRING)
  @Column(name = "ka_kind")
  public KaKind kaKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship_stage")
  public RelationshipStage relationshipStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "procurement_mode")
  public ProcurementMode procurementMode;

  @Enumerated(EnumType.STRING)
  @Column(name = "purchase_pattern")
  public PurchasePattern purchasePattern;

  @Column(name = "estimated_annual_potential")
  public BigDecimal estimatedAnnualPotential;

  @Column(name = "strategic_value")
  public Integer strategicValue;

  @Enumerated(EnumType.STRING)
  public Category category = Category.TARGET;

  /** What this is found by (and sorted by), kept from the name on every write; see SearchKey. */
  @Column(name = "search_key")
  public String searchKey;

  @Column(name = "sort_key")
  public String sortKey;

  /** What duplicates are found by, kept from the name on every write; see CompanyName. */
  @Column(name = "name_key")
  public String nameKey;

  @Column(name = "name_reading")
  public String nameReading;

  /** When the current owner got it: their inactivity counts from here (the customer pool). */
  @Column(name = "owner_since")
  public Instant ownerSince;

  /** Set while the owner holds it by a claim or an assignment from the pool (the claim limit). */
  @Column(name = "claimed_at")
  public Instant claimedAt;

  @PrePersist
  @PreUpdate
  void keepSearchKey() {
    SearchKey key = SearchKey.of(name, creditCode);
    searchKey = key.search();
    sortKey = key.sort();
    CompanyName company = CompanyName.of(name);
    nameKey = company.key();
    nameReading = company.reading();
  }
}
