package io.pareto.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The id of the current request: taken from X-Request-Id when the caller sends one, else made up.
 */
@RequestScoped
public class RequestId {
  private String value;

  public String get() {
    if (value == null) value = UUID.randomUUID().toString();
    return value;
  }

  public void set(String incoming) {
    if (incoming != null && incoming.matches("[A-Za-z0-9._-]{1,64}")) value = incoming;
  }
}
