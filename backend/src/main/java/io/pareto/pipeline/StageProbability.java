package io.pareto.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Win probability (percent) of a stage; weighted pipeline = amount × probability. */
@Entity
@Table(name = "stage_probability")
public class StageProbability {
  @Id
  @Enumerated(EnumType.STRING)
  public Stage stage;

  public BigDecimal probability;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /**
   * The set's version when this row was last replaced; the set's ETag is the highest (see
   * StageProbabilities).
   */
  public long version;
}
