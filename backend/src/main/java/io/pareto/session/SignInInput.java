package io.pareto.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignInInput")
public record SignInInput(
    @NotBlank @Size(max = 254) @Schema(example = "li.na@example.cn") String email,
    @NotBlank @Size(max = 200) @Schema(writeOnly = true) String password) {

  /** Records print their fields; this one must never print the password. */
  @Override
  public String toString() {
    return "SignInInput[email=" + email + "]";
  }
}
