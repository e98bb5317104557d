package io.pareto.session;

import io.pareto.security.Role;
import io.pareto.user.AppUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is signed in, as the SPA needs it to draw its menus. */
@Schema(name = "SessionUser")
public record SessionUser(
    @Schema(required = true, example = "7") long id,
    @Schema(required = true, example = "li.na@example.cn") String email,
    @Schema(required = true, example = "李娜") String name,
    @Schema(required = true) Role role,
    Long teamId,
    @Schema(example = "华东大客户部") String teamName) {

  static SessionUser of(AppUser u) {
    return new SessionUser(
        u.id,
        u.email,
        u.name,
        u.role,
        u.team == null ? null : u.team.id,
        u.team == null ? null : u.team.name);
  }
}
