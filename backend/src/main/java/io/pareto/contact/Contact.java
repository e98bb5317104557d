package io.pareto.contact;

import io.pareto.account.Account;
import io.pareto.common.SearchKey;
import io.pareto.common.Timestamped;
import io.pareto.duplicate.ContactKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A key person inside a customer's organisation. */
@Entity
@Table(name = "contact")
public class Contact extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "external_id")
  public String externalId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  public Account account;

  public String name;
  public String title;
  public String department;
  public String email;
  public String phone;

  @Enumerated(EnumType.STRING)
  public Layer layer;

  @Column(name = "last_contacted_on")
  public LocalDate lastContactedOn;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "contact_role", joinColumns = @JoinColumn(name = "contact_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  public Set<BuyingRole> roles = EnumSet.noneOf(BuyingRole.class);

  /** Position and influence (地位、影响力), 1..5. */
  public Integer influence;

  @Enumerated(EnumType.STRING)
  public Attitude attitude;

  /** Closeness of our relationship (关系紧密程度), 1..5. */
  public Integer closeness;

  @Column(name = "value_orientation")
  public String valueOrientation;

  @Column(name = "personal_notes")
  public String personalNotes;

  /** Plain id: the manager is validated (same account, no cycle) by the service. */
  @Column(name = "reports_to_id")
  public Long reportsToId;

  /** Which competitor's rep is close to this person (catalogue id), and how close, 1..5. */
  @Column(name = "competitor_id")
  public Long competitorId;

  @Column(name = "competitor_closeness")
  public Integer competitorCloseness;

  /** A person we know must exist but have not met: layer and role known, no name. */
  public boolean isPlaceholder() {
    return name == null || name.isBlank();
  }

  /** What this is found by (and sorted by), kept from the name on every write; see SearchKey. */
  @Column(name = "search_key")
  public String searchKey;

  /** What duplicates are found by, kept from phone and e-mail on every write; see ContactKey. */
  @Column(name = "phone_key")
  public String phoneKey;

  @Column(name = "email_domain")
  public String emailDomain;

  @PrePersist
  @PreUpdate
  void keepSearchKey() {
    SearchKey key = SearchKey.of(name, email);
    searchKey = key.search();
    ContactKey contact = ContactKey.of(phone, email);
    phoneKey = contact.phone();
    emailDomain = contact.emailDomain();
  }
}
