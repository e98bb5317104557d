package io.pareto.industry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Industry")
public record IndustryDto(
    @Schema(required = true, example = "FINANCE") String code,
    @Schema(required = true, example = "Finance") String nameEn,
    @Schema(required = true, example = "金融") String nameZh,
    @Schema(required = true) IndustryTier tier,
    @Schema(required = true) long version) {

  static IndustryDto of(Industry i) {
    return new IndustryDto(i.code, i.nameEn, i.nameZh, i.tier, i.version);
  }

  @Schema(name = "IndustryInput")
  public record Input(
      @NotBlank
          @Pattern(
              regexp = "[A-Z][A-Z0-9_]{1,31}",
              message = "must be UPPER_SNAKE, 2..32 characters")
          @Schema(example = "FINANCE")
          String code,
      @NotBlank @Size(max = 120) @Schema(example = "Financial services") String nameEn,
      @NotBlank @Size(max = 120) @Schema(example = "金融") String nameZh,
      @NotNull IndustryTier tier) {}
}
