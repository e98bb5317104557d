package io.pareto.classification;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Classification",
    description = "TARGET / NORMAL / LOST / KEY by a versioned policy (客户类别)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class ClassificationResource {
  private final ClassificationPolicies policies;
  private final ClassificationRunService runs;
  private final ClassificationOverrides overrides;
  private final LostAccounts lost;
  private final Caller caller;

  public ClassificationResource(
      ClassificationPolicies policies,
      ClassificationRunService runs,
      ClassificationOverrides overrides,
      LostAccounts lost,
      Caller caller) {
    this.policies = policies;
    this.runs = runs;
    this.overrides = overrides;
    this.lost = lost;
    this.caller = caller;
  }

  @GET
  @Path("/classification/policies")
  @Operation(summary = "List policy versions", description = "Newest first; exactly one is ACTIVE.")
  public List<PolicyDto> listClassificationPolicies() {
    return policies.list();
  }

  @GET
  @Path("/classification/policies/{version}")
  @Operation(
      summary = "Get a policy version",
      description = "Weights, KEY threshold, cap share and window length.")
  public PolicyDto getClassificationPolicy(@PathParam("version") int version) {
    return policies.get(version);
  }

  @POST
  @Path("/classification/policies")
  @RolesAllowed(Role.Names.ADMIN)
  @APIResponse(
      responseCode = "201",
      description = "Created as DRAFT; preview it with a dry run, then activate it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PolicyDto.class)))
  @Operation(
      summary = "Create a policy version",
      description =
          "Weights must each be ≥ 0 and sum to 1; threshold in [0, 1]; cap share in (0, 1]; window 1..36"
              + " months. Each bad field is named in the 400 problem. Versions are never edited: create a new one.")
  public RestResponse<PolicyDto> createClassificationPolicy(@NotNull @Valid PolicyInput input) {
    PolicyDto p = policies.create(input);
    return RestResponse.ResponseBuilder.<PolicyDto>created(
            URI.create("/api/v1/classification/policies/" + p.version()))
        .entity(p)
        .build();
  }

  @POST
  @Path("/classification/policies/{version}/activate")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Activate a policy version",
      description =
          "Scheduled and default runs use it from now on; the previously active version retires.")
  public PolicyDto activateClassificationPolicy(@PathParam("version") int version) {
    return policies.activate(version);
  }

  @POST
  @Path("/classification/runs")
  @RolesAllowed(Role.Names.ADMIN)
  @APIResponse(
      responseCode = "201",
      description = "Real run stored; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunSummaryDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "Dry run: the same summary, nothing stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunSummaryDto.class)))
  @Operation(
      summary = "Run the classification",
      description =
          "Computed set-based in the database. A real run stores each account's result and updates its"
              + " category; a dry run (policy preview) stores nothing. 409 while another run holds the lock.")
  public RestResponse<RunSummaryDto> runClassification(@NotNull @Valid RunInput input) {
    RunSummaryDto s = runs.run(input, caller.name());
    if (s.dryRun()) return RestResponse.ok(s);
    return RestResponse.ResponseBuilder.<RunSummaryDto>created(
            URI.create("/api/v1/classification/runs/" + s.id()))
        .entity(s)
        .build();
  }

  @GET
  @Path("/classification/runs")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.READONLY})
  @Operation(summary = "List stored runs", description = "Newest first.")
  public Page<RunDto> listClassificationRuns(@Valid @BeanParam PageRequest page) {
    return runs.list(page);
  }

  @GET
  @Path("/classification/runs/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.READONLY})
  @Operation(
      summary = "Get a run's summary",
      description =
          "Counts per category, transition matrix, cap and threshold, first page of changed accounts.")
  public RunSummaryDto getClassificationRun(@PathParam("id") long id) {
    return runs.summary(id);
  }

  @GET
  @Path("/classification/runs/{id}/changes")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.READONLY})
  @Operation(summary = "List the accounts a run changed", description = "Paged, by account id.")
  public Page<ChangeDto> listClassificationRunChanges(
      @PathParam("id") long id, @Valid @BeanParam PageRequest page) {
    return runs.changes(id, page);
  }

  @GET
  @Path("/classification/overrides")
  @Operation(
      summary = "List manual overrides",
      description = "On the accounts you may see; soonest expiry first.")
  public Page<OverrideDto> listClassificationOverrides(@Valid @BeanParam PageRequest page) {
    return overrides.list(page);
  }

  @GET
  @Path("/classification/lost-reasons")
  @Operation(
      summary = "Lost accounts by reason",
      description = "LOST accounts you may see, per lost reason with win-back status counts.")
  public LossStatisticsDto getLostReasonStatistics() {
    return lost.statistics();
  }
}
