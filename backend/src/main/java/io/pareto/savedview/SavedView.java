package io.pareto.savedview;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named set of a list screen's filters and sort, kept for one user. */
@Entity
@Table(name = "saved_view")
public class SavedView extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public Long userId;

  @Enumerated(EnumType.STRING)
  public SavedViewScreen screen;

  public String name;

  /** The screen's URL query without the leading "?", e.g. "category=KEY&region=上海". */
  public String query;
}
