package io.pareto.contact;

import com.fasterxml.jackson.databind.JsonNode;
import io.pareto.common.ETags;
import io.pareto.common.MergePatch;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Key persons inside customers (关键人物)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class ContactResource {
  private static final String SORTS =
      "Sort fields: name, layer, title, lastContactedOn, createdAt, updatedAt.";
  private final ContactService contacts;
  private final MergePatch mergePatch;

  public ContactResource(ContactService contacts, MergePatch mergePatch) {
    this.contacts = contacts;
    this.mergePatch = mergePatch;
  }

  @GET
  @Path("/accounts/{accountId}/contacts")
  @Operation(
      summary = "List an account's contacts",
      description = "Ordered by layer (EXECUTIVE first), then name. " + SORTS)
  public Page<ContactDto> listAccountContacts(
      @PathParam("accountId") long accountId,
      @QueryParam("layer") Layer layer,
      @QueryParam("q") String q,
      @Valid @BeanParam PageRequest page) {
    return contacts.list(accountId, layer, q, page);
  }

  @GET
  @Path("/contacts")
  @Operation(summary = "List contacts across the accounts you may see", description = SORTS)
  public Page<ContactDto> listContacts(
      @QueryParam("accountId") Long accountId,
      @QueryParam("layer") Layer layer,
      @QueryParam("q") String q,
      @Valid @BeanParam PageRequest page) {
    return contacts.list(accountId, layer, q, page);
  }

  @POST
  @Path("/accounts/{accountId}/contacts")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactDto.class)))
  @Operation(summary = "Add a contact to an account")
  public RestResponse<ContactDto> createContact(
      @PathParam("accountId") long accountId, @NotNull @Valid ContactInput input) {
    ContactDto c = contacts.create(accountId, input);
    return Responses.created("/api/v1/contacts/" + c.id(), c, c.version());
  }

  @GET
  @Path("/contacts/{id}")
  @Operation(summary = "Get a contact")
  public RestResponse<ContactDto> getContact(@PathParam("id") long id) {
    ContactDto c = contacts.get(id).orElseThrow(() -> contacts.notFound(id));
    return Responses.ok(c, c.version());
  }

  @PUT
  @Path("/contacts/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(summary = "Replace a contact", description = "Requires If-Match.")
  public RestResponse<ContactDto> replaceContact(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ContactInput input) {
    ContactDto c = contacts.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(c, c.version());
  }

  @PATCH
  @Path("/contacts/{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Update a contact with a JSON merge patch",
      description = "Requires If-Match.")
  public RestResponse<ContactDto> patchContact(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @RequestBody(
              content =
                  @Content(
                      mediaType = "application/merge-patch+json",
                      schema = @Schema(implementation = ContactInput.class)))
          JsonNode patch) {
    long version = ETags.requireVersion(ifMatch);
    ContactDto c =
        contacts.replace(
            id, version, mergePatch.apply(contacts.currentInput(id), patch, ContactInput.class));
    return Responses.ok(c, c.version());
  }

  @DELETE
  @Path("/contacts/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Delete a contact", description = "Requires If-Match.")
  public RestResponse<Void> deleteContact(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    contacts.delete(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }
}
