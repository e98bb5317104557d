package io.pareto.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "A key person in a customer's organisation")
public record ContactDto(
    @Schema(required = true) long id,
    String externalId,
    @Schema(required = true) long accountId,
    @Schema(example = "王建国") String name,
    @Schema(example = "信息中心主任") String title,
    @Schema(example = "信息中心") String department,
    @Schema(example = "wang.jg@example.cn") String email,
    @Schema(example = "+86 25 8888 0000") String phone,
    @Schema(required = true) Layer layer,
    @Schema(example = "2026-11-02") LocalDate lastContactedOn,
    @Schema(required = true, description = "Buying roles, sorted") List<BuyingRole> roles,
    @Schema(example = "4", description = "Position and influence 1..5") Integer influence,
    Attitude attitude,
    @Schema(example = "3", description = "Closeness of our relationship 1..5") Integer closeness,
    @Schema(example = "wants the project to be visible to the ministry") String valueOrientation,
    @Schema(
            required = true,
            description = "The layer's default value orientation (docs/method.md §6)",
            example = "recognition by leadership (领导认可)")
        String layerValueOrientation,
    String personalNotes,
    @Schema(description = "The contact this person reports to (same account)") Long reportsToId,
    @Schema(description = "Competitor (catalogue id) whose rep is close to this person")
        Long competitorId,
    @Schema(example = "2", description = "How close that competitor's rep is, 1..5")
        Integer competitorCloseness,
    @Schema(
            required = true,
            description = "No name yet: a person we know must exist but have not met")
        boolean placeholder,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version) {

  public static ContactDto of(Contact c) {
    return new ContactDto(
        c.id,
        c.externalId,
        c.account.id,
        c.name,
        c.title,
        c.department,
        c.email,
        c.phone,
        c.layer,
        c.lastContactedOn,
        c.roles.stream().sorted().toList(),
        c.influence,
        c.attitude,
        c.closeness,
        c.valueOrientation,
        c.layer == null ? null : c.layer.defaultValues(),
        c.personalNotes,
        c.reportsToId,
        c.competitorId,
        c.competitorCloseness,
        c.isPlaceholder(),
        c.createdAt,
        c.updatedAt,
        c.version);
  }
}
