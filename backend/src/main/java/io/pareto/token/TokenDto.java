package io.pareto.token;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as listed: never its secret. */
@Schema(name = "ApiToken")
public record TokenDto(
    @Schema(required = true, example = "3") long id,
    @Schema(required = true, example = "7") long userId,
    @Schema(required = true, example = "Power BI 月报") String name,
    @Schema(
            required = true,
            description = "First characters of the secret, to recognise it",
            example = "pat_Xk3v9")
        String prefix,
    @Schema(required = true) TokenScope scope,
    @Schema(required = true) Instant expiresAt,
    @Schema(example = "admin@pareto.local") String createdBy,
    @Schema(required = true) Instant createdAt) {

  static TokenDto of(ApiToken t) {
    return new TokenDto(
        t.id, t.user.id, t.name, t.prefix, t.scope, t.expiresAt, t.createdBy, t.createdAt);
  }
}
