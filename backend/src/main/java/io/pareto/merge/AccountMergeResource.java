package io.pareto.merge;

import io.pareto.common.ETags;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Customer organisations (客户)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
public class AccountMergeResource {
  private final AccountMergeService merges;

  public AccountMergeResource(AccountMergeService merges) {
    this.merges = merges;
  }

  @GET
  @Path("/accounts/{id}/merge-preview")
  @Operation(
      summary = "Preview merging an account into this one",
      description =
          "Both accounts side by side, how many records of each kind would move, and the conflicts"
              + " that would refuse the merge. ADMIN, or the MANAGER of both owners.")
  public AccountMergePreviewDto previewAccountMerge(
      @PathParam("id") long id, @NotNull @QueryParam("duplicateId") Long duplicateId) {
    return merges.preview(id, duplicateId);
  }

  @POST
  @Path("/accounts/{id}/merge")
  @APIResponse(
      responseCode = "200",
      description = "Merged; ETag names the survivor's new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountMergeDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "MERGE_SELF (the duplicate is the survivor), MERGE_ACROSS_SCOPES (a manager and an"
              + " account owned outside their team), MERGE_CONFLICT (facts of the same month or"
              + " reviews of the same period on both)")
  @APIResponse(responseCode = "412", description = "Either account changed since your read")
  @Operation(
      summary = "Merge a duplicate account into this one",
      description =
          "If-Match carries the survivor's ETag, duplicateVersion the duplicate's. Contacts, deals,"
              + " facts, activities, plans, commitments, concessions, competitors, reviews, team"
              + " members, overrides, pool history and the audit trail move to the survivor in one"
              + " transaction; the duplicate is deleted, its id answers 404 with code MERGED and"
              + " mergedInto, and incremental exports report it as deleted with mergedInto."
              + " Webhook event account.merged. ADMIN, or the MANAGER of both owners.")
  public RestResponse<AccountMergeDto> mergeAccount(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid AccountMergeInput input) {
    AccountMergeDto m = merges.merge(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(m, m.survivor().version());
  }
}
