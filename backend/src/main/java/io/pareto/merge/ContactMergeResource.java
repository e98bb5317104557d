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
@Tag(name = "Contacts", description = "Key persons inside customers (关键人物)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
public class ContactMergeResource {
  private final ContactMergeService merges;

  public ContactMergeResource(ContactMergeService merges) {
    this.merges = merges;
  }

  @GET
  @Path("/contacts/{id}/merge-preview")
  @Operation(
      summary = "Preview merging a contact into this one",
      description = "Both contacts side by side and how many of their links would move.")
  public ContactMergePreviewDto previewContactMerge(
      @PathParam("id") long id, @NotNull @QueryParam("duplicateId") Long duplicateId) {
    return merges.preview(id, duplicateId);
  }

  @POST
  @Path("/contacts/{id}/merge")
  @APIResponse(
      responseCode = "200",
      description = "Merged; ETag names the survivor's new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactMergeDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "MERGE_SELF (the duplicate is the survivor) or MERGE_ACROSS_ACCOUNTS (contacts of two"
              + " accounts: merge the accounts first)")
  @APIResponse(responseCode = "412", description = "Either contact changed since your read")
  @Operation(
      summary = "Merge a duplicate contact of the same account into this one",
      description =
          "If-Match carries the survivor's ETag, duplicateVersion the duplicate's. Visits, deal"
              + " buying centres, relationship owners, links and people reporting to the duplicate"
              + " move to the survivor; buying roles are united. The duplicate is deleted, its id"
              + " answers 404 with code MERGED and mergedInto. Webhook event contact.merged.")
  public RestResponse<ContactMergeDto> mergeContact(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ContactMergeInput input) {
    ContactMergeDto m = merges.merge(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(m, m.survivor().version());
  }
}
