package io.pareto.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Team")
public record TeamDto(
    @Schema(required = true) long id,
    @Schema(required = true, example = "华东大客户部") String name,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) long version) {

  static TeamDto of(Team t) {
    return new TeamDto(t.id, t.name, t.createdAt, t.version);
  }

  @Schema(name = "TeamInput")
  public record Input(@NotBlank @Size(max = 120) String name) {}
}
