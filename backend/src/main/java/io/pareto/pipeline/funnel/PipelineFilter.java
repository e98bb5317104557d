package io.pareto.pipeline.funnel;

import io.pareto.account.Category;
import io.pareto.security.AccountScope;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters every pipeline report takes; always ANDed with the caller's account scope. */
public class PipelineFilter {
  @QueryParam("ownerId")
  @Parameter(description = "Deal owner (for the customer funnel: account owner)")
  public Long ownerId;

  @QueryParam("teamId")
  @Parameter(description = "Owner's team")
  public Long teamId;

  @QueryParam("accountCategory")
  @Parameter(description = "Account category")
  public Category accountCategory;

  @QueryParam("industry")
  @Parameter(description = "Account industry code", example = "FINANCE")
  public String industry;

  public PipelineFilter() {}

  public PipelineFilter(Long ownerId, Long teamId, Category accountCategory, String industry) {
    this.ownerId = ownerId;
    this.teamId = teamId;
    this.accountCategory = accountCategory;
    this.industry = industry;
  }

  /**
   * SQL predicate over account alias {@code a} and owner-user alias {@code ow} (the owner of the
   * deal, or of the account for account reports), scope included; parameters go into {@code
   * params}.
   */
  public String sql(AccountScope scope, String ownerColumn, Map<String, Object> params) {
    StringBuilder sb = new StringBuilder(scope.sql("a"));
    params.putAll(scope.params());
    if (ownerId != null) {
      sb.append(" and ").append(ownerColumn).append(" = :fOwner");
      params.put("fOwner", ownerId);
    }
    if (teamId != null) {
      sb.append(" and ")
          .append(ownerColumn)
          .append(" in (select tu.id from app_user tu where tu.team_id = :fTeam)");
      params.put("fTeam", teamId);
    }
    if (accountCategory != null) {
      sb.append(" and a.category = :fCat");
      params.put("fCat", accountCategory.name());
    }
    if (industry != null && !industry.isBlank()) {
      sb.append(" and a.industry_code = :fInd");
      params.put("fInd", industry);
    }
    return sb.toString();
  }

  /**
   * The visible, filtered deals as a CTE body: id, amount, created_at, stage, owner_id, name,
   * expected_close_date.
   */
  public String dealsCte(AccountScope scope, Map<String, Object> params) {
    return "select o.id, o.amount, o.created_at, o.stage, o.owner_id, o.name, o.expected_close_date, o.stage_changed_at,"
        + " o.forecast_category from "
        + deals(scope, params);
  }

  /** Whether the scope or a filter leaves out any deal (false: an ADMIN's unfiltered report). */
  public boolean narrows(AccountScope scope) {
    return !scope.isAll()
        || ownerId != null
        || teamId != null
        || accountCategory != null
        || (industry != null && !industry.isBlank());
  }

  /**
   * {@code opportunity o [join account a] where <scope and filters>}, to extend with "and ...". The
   * account is joined only when the predicate needs it: an ADMIN's unfiltered report reads the
   * deals alone.
   */
  public String deals(AccountScope scope, Map<String, Object> params) {
    return deals(scope, params, "");
  }

  /** The same, with {@code joins} ("join x on x.opportunity_id = o.id ...") before the where. */
  public String deals(AccountScope scope, Map<String, Object> params, String joins) {
    boolean account =
        !scope.isAll() || accountCategory != null || (industry != null && !industry.isBlank());
    return "opportunity o"
        + (account ? " join account a on a.id = o.account_id" : "")
        + joins
        + " where "
        + sql(scope, "o.owner_id", params);
  }

  public static Map<String, Object> params() {
    return new HashMap<>();
  }
}
