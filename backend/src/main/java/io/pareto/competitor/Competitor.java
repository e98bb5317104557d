package io.pareto.competitor;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A competitor in the shared catalogue (docs/method.md §7): who they are and how they compare to
 * us.
 */
@Entity
@Table(name = "competitor")
public class Competitor extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;
  public String brand;

  /** The implementer or partner who delivers for them. */
  public String implementer;

  public String strengths;

  /** Main weaknesses (短板). */
  public String weaknesses;

  @Enumerated(EnumType.STRING)
  @Column(name = "price_level")
  public PriceLevel priceLevel;

  public String channels;

  @Enumerated(EnumType.STRING)
  public CompetitorTier tier;
}
