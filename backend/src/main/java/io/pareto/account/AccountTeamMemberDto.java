package io.pareto.account;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone who supports an account besides its manager (docs/method.md §12). */
@Schema(name = "AccountTeamMember")
public record AccountTeamMemberDto(
    @Schema(required = true, example = "42") long accountId,
    @Schema(required = true, example = "9") long userId,
    @Schema(required = true, example = "王芳") String name,
    @Schema(required = true, example = "wang.fang@example.cn") String email,
    @Schema(required = true, example = "TECHNICAL_SPECIALIST") String teamRole,
    @Schema(required = true) Instant createdAt) {}
