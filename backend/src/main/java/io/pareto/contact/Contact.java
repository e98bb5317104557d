package io.pareto.contact;

import io.pareto.account.Account;
import io.pareto.common.Timestamped;
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
import jakarta.persistence.Table;
import java.time.LocalDate;

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
}
