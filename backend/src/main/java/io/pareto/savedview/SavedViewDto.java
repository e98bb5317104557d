package io.pareto.savedview;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SavedView", description = "A named set of a list screen's filters and sort")
public record SavedViewDto(
    @Schema(required = true, example = "12") long id,
    @Schema(required = true) SavedViewScreen screen,
    @Schema(required = true, example = "上海的大客户") String name,
    @Schema(required = true, example = "category=KEY&region=上海&sort=name") String query,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version) {

  static SavedViewDto of(SavedView v) {
    return new SavedViewDto(v.id, v.screen, v.name, v.query, v.updatedAt, v.version);
  }
}
