package io.pareto.fact;

import io.pareto.account.Account;
import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one account bought from us in one month, and what serving it cost (docs/method.md §1, §3).
 */
@Entity
@Table(name = "account_fact")
public class AccountFact extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  public Account account;

  /** First day of the month. */
  @Column(name = "fact_month")
  public LocalDate month;

  public BigDecimal revenue = BigDecimal.ZERO;

  @Column(name = "gross_profit")
  public BigDecimal grossProfit = BigDecimal.ZERO;

  @Column(name = "cost_to_serve")
  public BigDecimal costToServe = BigDecimal.ZERO;

  @Column(name = "order_count")
  public int orderCount;
}
