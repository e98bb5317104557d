package io.pareto.decisionmap;

import io.pareto.account.Category;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Decision map",
    description = "Key persons, their lines, score and coded gaps (客户组织结构与关键人物)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class DecisionMapResource {
  private final DecisionMapService maps;

  public DecisionMapResource(DecisionMapService maps) {
    this.maps = maps;
  }

  @GET
  @Path("/accounts/{id}/decision-map")
  @Operation(
      summary = "Get an account's decision map",
      description =
          "Nodes (contacts), edges (REPORTS_TO, influence links, relationship owners), layers, score 0..100 "
              + "and coded gaps. Score: 15 EXECUTIVE strong + 30 DECISION strong + 15 IMPLEMENTATION strong + 10 USER strong "
              + "(strong = closeness ≥ 4 and not OPPONENT) + 10 a CHAMPION with closeness ≥ 3 + 10 a COACH + 10 no "
              + "DECISION_MAKER is OPPONENT or SKEPTIC; weights in pareto.decision-map.weight.*. With opportunityId: the "
              + "deal's buying centre, per-deal attitude overriding and the deal role adding to the contact's roles. "
              + "With asOf: the map as it stood at the end of that day (UTC), replayed from the audit trail (contact, "
              + "role, link and relationship-owner changes); 409 when a bulk import changed a contact since, which the "
              + "trail does not detail. Names of competitors and users are today's.")
  public DecisionMapDto getDecisionMap(
      @PathParam("id") long id,
      @Parameter(description = "Show the buying centre of this deal of the account")
          @QueryParam("opportunityId")
          Long opportunityId,
      @Parameter(
              description = "Show the map as it stood at the end of this day (UTC)",
              example = "2026-06-30")
          @QueryParam("asOf")
          LocalDate asOf) {
    return maps.map(id, opportunityId, asOf);
  }

  @GET
  @Path("/decision-maps")
  @Operation(
      summary = "List decision-map scores and gaps per account",
      description =
          "Accounts in your scope with score, gap counts by severity and the top gap; sort fields: score "
              + "(default, weakest first), name, highGaps, gaps.")
  public Page<PortfolioRowDto> listDecisionMaps(
      @QueryParam("category") Category category,
      @QueryParam("ownerId") Long ownerId,
      @Parameter(description = "Only accounts with this gap") @QueryParam("gapCode")
          GapRule gapCode,
      @Valid @BeanParam PageRequest page) {
    return maps.portfolio(category == null ? null : category.name(), ownerId, gapCode, page);
  }
}
