package io.pareto.pipeline;

import io.pareto.account.Account;
import io.pareto.common.SearchKey;
import io.pareto.common.Timestamped;
import io.pareto.user.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
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

  /** When the deal entered its current stage; "time in stage" for stuck deals starts here. */
  @Column(name = "stage_changed_at")
  public Instant stageChangedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "lost_reason")
  public DealLostReason lostReason;

  @Column(name = "lost_reason_text")
  public String lostReasonText;

  /**
   * A competitor of the catalogue (branch decisionmap); a plain id until the FK is added at merge.
   */
  @Column(name = "competitor_id")
  public Long competitorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "lost_at_stage")
  public Stage lostAtStage;

  /** The owner's override; null means the stage's default category. */
  @Enumerated(EnumType.STRING)
  @Column(name = "forecast_category")
  public ForecastCategory forecastCategory;

  @Embedded public ProjectInfo project = new ProjectInfo();

  public ForecastCategory effectiveForecastCategory() {
    return forecastCategory != null ? forecastCategory : stage.defaultForecastCategory();
  }

  /** What this is found by (and sorted by), kept from the name on every write; see SearchKey. */
  @Column(name = "search_key")
  public String searchKey;

  @PrePersist
  @PreUpdate
  void keepSearchKey() {
    SearchKey key = SearchKey.of(name);
    searchKey = key.search();
  }
}
