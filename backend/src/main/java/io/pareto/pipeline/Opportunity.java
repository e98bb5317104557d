package io.pareto.pipeline;

import io.pareto.account.Account;
import io.pareto.common.Timestamped;
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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal with an account, somewhere between lead and cash. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "external_id")
  public String externalId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  public Account account;

  public String name;
  public BigDecimal amount = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  public Stage stage = Stage.LEAD;

  @Column(name = "expected_close_date")
  public LocalDate expectedCloseDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  public AppUser owner;
}
