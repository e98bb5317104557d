package io.pareto.team;

import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.dataio.ImportResource;
import io.pareto.dataio.ImportResultDto;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sales targets", description = "Quota per user and month or quarter (销售指标)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class TargetResource {
  private final TargetService targets;
  private final TargetTransfer transfer;

  public TargetResource(TargetService targets, TargetTransfer transfer) {
    this.targets = targets;
    this.transfer = transfer;
  }

  @GET
  @Path("/export")
  @Produces(ImportResource.TEXT_CSV)
  @Operation(
      summary = "Export sales targets as CSV",
      description =
          "The targets you may read (as the list), columns userEmail, period, amount: the file the import takes.")
  @APIResponse(
      responseCode = "200",
      description = "CSV, UTF-8, a header row",
      content =
          @Content(
              mediaType = ImportResource.TEXT_CSV,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      example = "userEmail,period,amount\r\nli.na@pareto.demo,2026-Q4,3000000.00")))
  public RestResponse<String> exportTargets(
      @QueryParam("period") @Parameter(description = "YYYY-MM or YYYY-Qn") String period,
      @QueryParam("teamId") Long teamId) {
    return RestResponse.ResponseBuilder.ok(
            transfer.exportCsv(period, teamId), ImportResource.TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"targets.csv\"")
        .build();
  }

  @POST
  @Path("/import")
  @Consumes(ImportResource.TEXT_CSV)
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(
      summary = "Import sales targets from CSV",
      description =
          "Columns userEmail, period (YYYY-MM or YYYY-Qn), amount; creates or updates the target of each user and "
              + "period. All or nothing: any bad row answers 422 listing every bad row in `rowErrors` (403 when a "
              + "manager's file names someone outside their team), and nothing is written. At most 10,000 rows.")
  @APIResponse(
      responseCode = "200",
      description = "Imported (or, with dryRun, validated); counts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportResultDto.class)))
  @APIResponse(
      responseCode = "403",
      description = "Rows naming users outside your team, listed in `rowErrors`",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "422",
      description = "Invalid rows, listed in `rowErrors`; nothing was written",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public ImportResultDto importTargets(
      @Parameter(description = "Validate and count without writing") @QueryParam("dryRun")
          boolean dryRun,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = ImportResource.TEXT_CSV,
                      schema =
                          @Schema(
                              type = SchemaType.STRING,
                              example =
                                  "userEmail,period,amount\nli.na@pareto.demo,2026-Q4,3000000")))
          InputStream body) {
    return transfer.importCsv(body, dryRun);
  }

  @GET
  @Operation(
      summary = "List sales targets",
      description = "Yours as a rep, your team's as a manager, everyone's otherwise.")
  public List<TargetDto> listTargets(
      @QueryParam("period") @Parameter(description = "YYYY-MM or YYYY-Qn") String period,
      @QueryParam("teamId") Long teamId,
      @QueryParam("userId") Long userId) {
    return targets.list(period, teamId, userId);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a sales target")
  public RestResponse<TargetDto> getTarget(@PathParam("id") long id) {
    TargetDto t = targets.get(id).orElseThrow(() -> ProblemException.notFound("Sales target", id));
    return Responses.ok(t, t.version());
  }

  @POST
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TargetDto.class)))
  @Operation(
      summary = "Set a user's target for a period",
      description =
          "One per user and period (409 otherwise). A manager sets targets for their own team's members.")
  public RestResponse<TargetDto> createTarget(@NotNull @Valid TargetInput input) {
    TargetDto t = targets.create(input);
    return Responses.created("/api/v1/targets/" + t.id(), t, t.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(summary = "Change a target's amount", description = "Requires If-Match.")
  public RestResponse<TargetDto> updateTarget(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid TargetAmountInput input) {
    TargetDto t = targets.update(id, ETags.requireVersion(ifMatch), input.amount());
    return Responses.ok(t, t.version());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @APIResponse(responseCode = "204", description = "Deleted")
  @Operation(summary = "Remove a target", description = "Requires If-Match.")
  public void deleteTarget(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    targets.delete(id, ETags.requireVersion(ifMatch));
  }
}
