package io.pareto.decisionmap;

import io.pareto.common.ETags;
import io.pareto.common.Responses;
import io.pareto.decisionmap.LinkDtos.LinkDto;
import io.pareto.decisionmap.LinkDtos.LinkInput;
import io.pareto.decisionmap.LinkDtos.OwnerDto;
import io.pareto.decisionmap.LinkDtos.OwnerInput;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decision map")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class ContactLinkResource {
  private static final String WRITERS_NOTE =
      "Both contacts must belong to the same account (400 otherwise).";
  private final ContactLinkService links;

  public ContactLinkResource(ContactLinkService links) {
    this.links = links;
  }

  @GET
  @Path("/contacts/{id}/links")
  @Operation(
      summary = "List a contact's influence links",
      description = "Links that start or end at the contact.")
  public List<LinkDto> listContactLinks(@PathParam("id") long id) {
    return links.links(id);
  }

  @POST
  @Path("/contacts/{id}/links")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LinkDto.class)))
  @Operation(
      summary = "Add an influence link from a contact",
      description = WRITERS_NOTE + " Self-links are refused.")
  public RestResponse<LinkDto> createContactLink(
      @PathParam("id") long id, @NotNull @Valid LinkInput input) {
    LinkDto l = links.createLink(id, input);
    return Responses.created("/api/v1/contacts/" + id + "/links/" + l.id(), l, l.version());
  }

  @PUT
  @Path("/contacts/{id}/links/{linkId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Replace an influence link",
      description = "Requires If-Match. " + WRITERS_NOTE)
  public RestResponse<LinkDto> replaceContactLink(
      @PathParam("id") long id,
      @PathParam("linkId") long linkId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid LinkInput input) {
    LinkDto l = links.replaceLink(id, linkId, ETags.requireVersion(ifMatch), input);
    return Responses.ok(l, l.version());
  }

  @DELETE
  @Path("/contacts/{id}/links/{linkId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Delete an influence link", description = "Requires If-Match.")
  public RestResponse<Void> deleteContactLink(
      @PathParam("id") long id,
      @PathParam("linkId") long linkId,
      @HeaderParam("If-Match") String ifMatch) {
    links.deleteLink(id, linkId, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }

  @GET
  @Path("/contacts/{id}/relationship-owners")
  @Operation(
      summary = "List who of us holds the relationship with a contact",
      description = "Strongest first.")
  public List<OwnerDto> listRelationshipOwners(@PathParam("id") long id) {
    return links.owners(id);
  }

  @POST
  @Path("/contacts/{id}/relationship-owners")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OwnerDto.class)))
  @Operation(
      summary = "Record that one of our users holds the relationship with a contact",
      description = "One row per contact and user (409 for a second).")
  public RestResponse<OwnerDto> createRelationshipOwner(
      @PathParam("id") long id, @NotNull @Valid OwnerInput input) {
    OwnerDto o = links.createOwner(id, input);
    return Responses.created(
        "/api/v1/contacts/" + id + "/relationship-owners/" + o.id(), o, o.version());
  }

  @PUT
  @Path("/contacts/{id}/relationship-owners/{ownerId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Change the strength of a relationship",
      description = "Requires If-Match; the user cannot change.")
  public RestResponse<OwnerDto> replaceRelationshipOwner(
      @PathParam("id") long id,
      @PathParam("ownerId") long ownerId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid OwnerInput input) {
    OwnerDto o = links.replaceOwner(id, ownerId, ETags.requireVersion(ifMatch), input);
    return Responses.ok(o, o.version());
  }

  @DELETE
  @Path("/contacts/{id}/relationship-owners/{ownerId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Remove a relationship owner", description = "Requires If-Match.")
  public RestResponse<Void> deleteRelationshipOwner(
      @PathParam("id") long id,
      @PathParam("ownerId") long ownerId,
      @HeaderParam("If-Match") String ifMatch) {
    links.deleteOwner(id, ownerId, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }
}
