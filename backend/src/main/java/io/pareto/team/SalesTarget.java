package io.pareto.team;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A user's sales target (quota) for one month ("2026-11") or quarter ("2026-Q4"). */
@Entity
@Table(name = "sales_target")
public class SalesTarget extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public Long userId;

  public String period;

  public BigDecimal amount;
}
