package io.pareto.overview;

import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Customer organisations (客户)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class AccountOverviewResource {
  private final AccountOverviewService overview;

  public AccountOverviewResource(AccountOverviewService overview) {
    this.overview = overview;
  }

  @GET
  @Path("/accounts/{id}/overview")
  @Operation(
      summary = "Account 360 overview",
      description =
          "Category with explanation summary, plan status, decision-map score and top gaps, open pipeline by "
              + "stage, last and next activities, overdue commitments, competitors present. Constant number of statements.")
  public AccountOverviewDto getAccountOverview(@PathParam("id") long id) {
    return overview.overview(id);
  }
}
