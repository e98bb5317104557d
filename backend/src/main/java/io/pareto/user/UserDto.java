package io.pareto.user;

import io.pareto.security.Role;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as clients see it; the password hash never leaves the server. */
@Schema(name = "User")
public record UserDto(
    @Schema(required = true, example = "7") long id,
    String externalId,
    @Schema(required = true, example = "li.na@example.cn") String email,
    @Schema(required = true, example = "李娜") String name,
    @Schema(required = true) Role role,
    Long teamId,
    @Schema(example = "华东大客户部") String teamName,
    @Schema(required = true) boolean active,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version) {

  static UserDto of(AppUser u) {
    return new UserDto(
        u.id,
        u.externalId,
        u.email,
        u.name,
        u.role,
        u.team == null ? null : u.team.id,
        u.team == null ? null : u.team.name,
        u.active,
        u.createdAt,
        u.updatedAt,
        u.version);
  }
}
