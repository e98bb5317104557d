package io.pareto.account;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the account list; every one is optional and they combine with AND. */
public class AccountFilter {
  @QueryParam("q")
  @Parameter(description = "Case-insensitive text in the name or external id")
  public String q;

  @QueryParam("category")
  public Category category;

  @QueryParam("industry")
  @Parameter(description = "Industry code")
  public String industry;

  @QueryParam("ownerId")
  public Long ownerId;

  @QueryParam("kaKind")
  public KaKind kaKind;

  @QueryParam("region")
  public String region;
}
