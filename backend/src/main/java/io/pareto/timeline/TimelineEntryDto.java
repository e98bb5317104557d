package io.pareto.timeline;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "One event on an account's activity timeline")
public record TimelineEntryDto(
    @Schema(required = true) TimelineKind kind,
    @Schema(required = true, description = "When it happened; an activity's day at 00:00 UTC")
        Instant at,
    @Schema(
            required = true,
            description = "Id of the activity, stage change, classification run or audit event")
        long sourceId,
    @Schema(
            description =
                "ACTIVITY: VISIT, CALL, MEETING or EMAIL; PLAN_CHANGE: ACCOUNT_PLAN, PLAN_OBJECTIVE or "
                    + "PLAN_ACTION; POOL_MOVE: RETURN, CLAIM, ASSIGN or RELEASE")
        String subtype,
    @Schema(
            description =
                "STAGE_CHANGE: the stage left (absent for a new deal); CLASSIFICATION_CHANGE: the former "
                    + "category")
        String from,
    @Schema(
            description =
                "STAGE_CHANGE: the stage entered; CLASSIFICATION_CHANGE: the new category")
        String to,
    @Schema(
            description = "ACTIVITY: its purpose; POOL_MOVE: the new owner, or the former one",
            example = "二期方案交流")
        String title,
    @Schema(
            description =
                "ACTIVITY: the outcome; STAGE_CHANGE: the reason given; PLAN_CHANGE: CREATE, UPDATE or "
                    + "DELETE; POOL_MOVE: the reason a release gave")
        String detail,
    @Schema(description = "The deal concerned (activities and stage changes)") Long opportunityId,
    @Schema(example = "核心系统扩容项目") String opportunityName,
    @Schema(description = "Who did it", example = "李娜") String actor) {}
