package io.pareto.user;

import io.pareto.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create/replace a user. `password` is write-only: set it to change it, omit it to keep it. */
@Schema(name = "UserInput")
public record UserInput(
    @Size(max = 100) String externalId,
    @NotBlank @Email @Size(max = 254) @Schema(example = "li.na@example.cn") String email,
    @NotBlank @Size(max = 200) @Schema(example = "李娜") String name,
    @NotNull Role role,
    Long teamId,
    Boolean active,
    @Size(min = 10, max = 200)
        @Schema(writeOnly = true, description = "At least 10 characters; stored as a bcrypt hash")
        String password) {

  static UserInput of(AppUser u) {
    return new UserInput(
        u.externalId, u.email, u.name, u.role, u.team == null ? null : u.team.id, u.active, null);
  }
}
