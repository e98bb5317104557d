package io.pareto.review;

import io.pareto.account.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewOpenInput", description = "The period to review, e.g. 2026-Q4")
public record ReviewOpenInput(
    @NotBlank @Size(max = 32) @Schema(example = "2026-Q4") String period,
    @Schema(description = "Only for cycles", example = "2026-12-31") LocalDate dueOn,
    @Schema(
            description =
                "Only for cycles: the categories whose accounts get a review; default KEY (e.g. add NORMAL "
                    + "to review promotion candidates)")
        List<Category> categories) {

  List<String> categoryCodes() {
    return categories == null || categories.isEmpty()
        ? List.of(Category.KEY.name())
        : categories.stream().map(Enum::name).distinct().toList();
  }
}
