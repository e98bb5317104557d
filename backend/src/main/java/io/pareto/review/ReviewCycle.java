package io.pareto.review;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A round of reviews opened for all KEY accounts at once (e.g. quarterly). */
@Entity
@Table(name = "review_cycle")
public class ReviewCycle extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String period;

  @Column(name = "due_on")
  public LocalDate dueOn;

  @Column(name = "opened_by_id")
  public Long openedById;
}
