package io.pareto.contact;

import java.time.Instant;
import java.time.LocalDate;
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
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version) {

  public static ContactDto of(Contact c) {
    return new ContactDto(c.id, c.externalId, c.account.id, c.name, c.title, c.department, c.email, c.phone,
        c.layer, c.lastContactedOn, c.createdAt, c.updatedAt, c.version);
  }
}
