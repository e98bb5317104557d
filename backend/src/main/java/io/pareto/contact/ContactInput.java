package io.pareto.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactInput")
public record ContactInput(
    @Size(max = 100) String externalId,
    @Size(max = 200) @Schema(example = "王建国") String name,
    @Size(max = 200) @Schema(example = "信息中心主任") String title,
    @Size(max = 200) String department,
    @Email @Size(max = 254) String email,
    @Size(max = 50) String phone,
    @NotNull Layer layer,
    LocalDate lastContactedOn) {

  static ContactInput of(Contact c) {
    return new ContactInput(c.externalId, c.name, c.title, c.department, c.email, c.phone, c.layer, c.lastContactedOn);
  }
}
