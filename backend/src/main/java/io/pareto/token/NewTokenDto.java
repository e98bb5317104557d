package io.pareto.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a token: the only time its secret is shown. */
@Schema(name = "NewApiToken")
public record NewTokenDto(
    @Schema(required = true) TokenDto token,
    @Schema(
            required = true,
            description = "Send as 'Authorization: Bearer <secret>'. Shown once; store it now.",
            example = "pat_Xk3v9QmZ2b7L0cRr1tYw8uNq4eHs6aDf5gJk")
        String secret) {

  @Override
  public String toString() {
    return "NewTokenDto[token=" + token + "]";
  }
}
