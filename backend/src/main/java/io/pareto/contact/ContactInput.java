package io.pareto.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as clients write it; every decision-map attribute is optional. */
@Schema(name = "ContactInput")
public record ContactInput(
    @Size(max = 100) String externalId,
    @Size(max = 200) @Schema(example = "王建国", description = "Leave empty for a placeholder")
        String name,
    @Size(max = 200) @Schema(example = "信息中心主任") String title,
    @Size(max = 200) String department,
    @Email @Size(max = 254) String email,
    @Size(max = 50) String phone,
    @NotNull Layer layer,
    LocalDate lastContactedOn,
    @Schema(example = "[\"DECISION_MAKER\"]") Set<@NotNull BuyingRole> roles,
    @Min(1) @Max(5) Integer influence,
    Attitude attitude,
    @Min(1) @Max(5) Integer closeness,
    @Size(max = 1000) String valueOrientation,
    @Size(max = 4000) String personalNotes,
    Long reportsToId,
    Long competitorId,
    @Min(1) @Max(5) Integer competitorCloseness) {

  static ContactInput of(Contact c) {
    return new ContactInput(
        c.externalId,
        c.name,
        c.title,
        c.department,
        c.email,
        c.phone,
        c.layer,
        c.lastContactedOn,
        new TreeSet<>(c.roles),
        c.influence,
        c.attitude,
        c.closeness,
        c.valueOrientation,
        c.personalNotes,
        c.reportsToId,
        c.competitorId,
        c.competitorCloseness);
  }
}
