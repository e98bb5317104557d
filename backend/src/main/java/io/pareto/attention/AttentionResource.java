package io.pareto.attention;

import io.pareto.common.Page;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/attention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Needs attention",
    description = "What needs a look across your accounts and deals (待关注)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class AttentionResource {
  private final AttentionService attention;

  public AttentionResource(AttentionService attention) {
    this.attention = attention;
  }

  @GET
  @Operation(
      summary = "Needs attention",
      description =
          "KEY accounts without a manager or plan, weak (pareto.attention.weak-map-score) or stale decision maps, "
              + "overdue commitments, accounts not visited within their cadence, LOST accounts without a reason, then stuck "
              + "deals; each with owner, account and the web app's path to open. Ordered by kind as listed.")
  public Page<AttentionItemDto> listAttention(
      @QueryParam("ownerId") @Parameter(description = "Account owner (for stuck deals: deal owner)")
          Long ownerId,
      @QueryParam("teamId") @Parameter(description = "Owner's team") Long teamId,
      @QueryParam("kind") @Parameter(description = "Only these kinds (repeatable); default all")
          List<AttentionKind> kinds,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    return attention.list(ownerId, teamId, kinds, page, size, LocalDate.now());
  }
}
