package io.pareto.decisionmap;

import io.pareto.decisionmap.LinkDtos.DealContactDto;
import io.pareto.decisionmap.LinkDtos.DealContactInput;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decision map")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class DealContactResource {
  private final DealContactService deals;

  public DealContactResource(DealContactService deals) {
    this.deals = deals;
  }

  @GET
  @Path("/opportunities/{id}/contacts")
  @Operation(
      summary = "List a deal's buying centre",
      description = "The contacts involved, with role and attitude in this deal.")
  public List<DealContactDto> listDealContacts(@PathParam("id") long id) {
    return deals.list(id);
  }

  @GET
  @Path("/opportunities/{id}/contacts/{contactId}")
  @Operation(summary = "Get a contact's role in a deal")
  public DealContactDto getDealContact(
      @PathParam("id") long id, @PathParam("contactId") long contactId) {
    return deals.get(id, contactId);
  }

  @PUT
  @Path("/opportunities/{id}/contacts/{contactId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Put a contact in a deal's buying centre",
      description =
          "Adds the contact or replaces its deal role and attitude. The contact must belong to the deal's account (400).")
  public DealContactDto putDealContact(
      @PathParam("id") long id,
      @PathParam("contactId") long contactId,
      @NotNull @Valid DealContactInput input) {
    return deals.put(id, contactId, input);
  }

  @DELETE
  @Path("/opportunities/{id}/contacts/{contactId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Remove a contact from a deal's buying centre")
  public void deleteDealContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
    deals.delete(id, contactId);
  }
}
