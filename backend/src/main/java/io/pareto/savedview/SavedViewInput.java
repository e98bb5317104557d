package io.pareto.savedview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SavedViewInput")
public record SavedViewInput(
    @NotNull SavedViewScreen screen,
    @NotBlank @Size(max = 100) @Schema(example = "上海的大客户") String name,
    @NotNull
        @Size(max = 1000)
        @Pattern(regexp = "[^?#]*", message = "must be a URL query without ? or #")
        @Schema(
            description = "The screen's URL query without the leading ?",
            example = "category=KEY&region=上海&sort=name")
        String query) {}
