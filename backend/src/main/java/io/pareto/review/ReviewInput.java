package io.pareto.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewInput",
    description =
        "Scores 1–5 with comments and a recommendation; submitting moves the review to SUBMITTED")
public record ReviewInput(
    @NotNull @Min(1) @Max(5) Short contributionRevenue,
    @NotNull @Min(1) @Max(5) Short contributionProfit,
    @NotNull @Min(1) @Max(5) @Schema(description = "Brand influence as a reference")
        Short contributionBrand,
    @Size(max = 1000) String contributionComment,
    @NotNull
        @Min(1)
        @Max(5)
        @Schema(description = "Cooperation potential: future growth, willingness")
        Short potential,
    @Size(max = 1000) String potentialComment,
    @NotNull @Min(1) @Max(5) Short satisfaction,
    @Size(max = 1000) String satisfactionComment,
    @NotNull @Min(1) @Max(5) Short loyalty,
    @Size(max = 1000) String loyaltyComment,
    @NotNull Recommendation recommendation) {}
