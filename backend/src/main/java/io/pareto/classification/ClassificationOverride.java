package io.pareto.classification;

import io.pareto.account.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A manual category that wins over the policy while unexpired (expiresOn inclusive). */
@Entity
@Table(name = "classification_override")
public class ClassificationOverride {
  @Id
  @Column(name = "account_id")
  public Long accountId;

  @Enumerated(EnumType.STRING)
  public Category category;

  public String reason;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Column(name = "set_by")
  public String setBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;
}
