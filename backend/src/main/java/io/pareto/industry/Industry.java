package io.pareto.industry;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A configurable industry segment; accounts reference it by code. */
@Entity
@Table(name = "industry")
public class Industry extends Timestamped {
  @Id public String code;

  @Column(name = "name_en")
  public String nameEn;

  @Column(name = "name_zh")
  public String nameZh;

  @Enumerated(EnumType.STRING)
  public IndustryTier tier;
}
