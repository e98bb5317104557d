package io.pareto.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Why a LOST account was lost and where winning it back stands. */
@Entity
@Table(name = "account_loss")
public class AccountLoss {
  @Id
  @Column(name = "account_id")
  public Long accountId;

  @Enumerated(EnumType.STRING)
  public AccountLostReason reason;

  @Column(name = "reason_text")
  public String reasonText;

  /** Competitor name or id as a plain value until a competitor feature exists. */
  public String competitor;

  @Enumerated(EnumType.STRING)
  @Column(name = "win_back_status")
  public WinBackStatus winBackStatus;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;
}
