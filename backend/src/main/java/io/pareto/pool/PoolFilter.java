package io.pareto.pool;

import io.pareto.account.Category;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The pool list's filters; every one is optional. */
public class PoolFilter {
  @QueryParam("q")
  @Parameter(description = "Part of the name, its pinyin or initials", example = "hengrui")
  public String q;

  @QueryParam("category")
  public Category category;

  @QueryParam("reason")
  public PoolReason reason;

  @QueryParam("teamId")
  @Parameter(description = "Admins: only this team's pool (others always see their own team's)")
  public Long teamId;
}
