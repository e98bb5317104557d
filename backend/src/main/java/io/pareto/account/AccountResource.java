package io.pareto.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.pareto.common.ETags;
import io.pareto.common.MergePatch;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Responses;
import io.pareto.dataset.MergedProblem;
import io.pareto.duplicate.LikelyDuplicateProblem;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Customer organisations (客户)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class AccountResource {
  private static final String DUPLICATE_REASON =
      "Why the account is written although it looks like an existing one (a new name is checked);"
          + " kept in the audit trail as DUPLICATE_KEPT";
  private final AccountService accounts;
  private final MergePatch mergePatch;

  public AccountResource(AccountService accounts, MergePatch mergePatch) {
    this.accounts = accounts;
    this.mergePatch = mergePatch;
  }

  @GET
  @Path("/accounts")
  @Operation(
      summary = "List accounts",
      description =
          "Paged, filtered and sorted on the server. Sort fields: name, category, industry, region, "
              + "strategicValue, estimatedAnnualPotential, externalId, createdAt, updatedAt.")
  public Page<AccountDto> listAccounts(
      @Valid @BeanParam PageRequest page, @BeanParam AccountFilter filter) {
    return accounts.list(filter, page);
  }

  @GET
  @Path("/accounts/{id}")
  @Operation(
      summary = "Get an account",
      description =
          "The ETag header carries the version for If-Match. An account merged into another"
              + " answers 404 with code MERGED and mergedInto, the survivor's id.")
  @APIResponse(
      responseCode = "200",
      description = "The account; ETag names its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountDto.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such account, or (code MERGED) merged into the account mergedInto",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = MergedProblem.class)))
  public RestResponse<AccountDto> getAccount(@PathParam("id") long id) {
    AccountDto a = accounts.get(id).orElseThrow(() -> accounts.notFound(id));
    return Responses.ok(a, a.version());
  }

  @POST
  @Path("/accounts")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A likely duplicate (LIKELY_DUPLICATE, candidates listed; repeat with duplicateReason to keep"
              + " it), a credit code another account has, or another conflict",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = LikelyDuplicateProblem.class)))
  @Operation(
      summary = "Create an account",
      description = "New accounts start as TARGET until classification runs.")
  public RestResponse<AccountDto> createAccount(
      @NotNull @Valid AccountInput input,
      @Parameter(description = DUPLICATE_REASON) @QueryParam("duplicateReason") @Size(max = 500)
          String duplicateReason) {
    AccountDto a = accounts.create(input, duplicateReason);
    return Responses.created("/api/v1/accounts/" + a.id(), a, a.version());
  }

  @PUT
  @Path("/accounts/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "200",
      description = "Saved; ETag names the new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A likely duplicate (LIKELY_DUPLICATE, candidates listed; repeat with duplicateReason to keep"
              + " it), a credit code another account has, or another conflict",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = LikelyDuplicateProblem.class)))
  @Operation(
      summary = "Replace an account",
      description = "Requires If-Match with the ETag of your last read.")
  public RestResponse<AccountDto> replaceAccount(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid AccountInput input,
      @Parameter(description = DUPLICATE_REASON) @QueryParam("duplicateReason") @Size(max = 500)
          String duplicateReason) {
    AccountDto a = accounts.replace(id, ETags.requireVersion(ifMatch), input, duplicateReason);
    return Responses.ok(a, a.version());
  }

  @PATCH
  @Path("/accounts/{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "200",
      description = "Saved; ETag names the new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A likely duplicate (LIKELY_DUPLICATE, candidates listed; repeat with duplicateReason to keep"
              + " it), a credit code another account has, or another conflict",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = LikelyDuplicateProblem.class)))
  @Operation(
      summary = "Update an account with a JSON merge patch",
      description = "Requires If-Match.")
  public RestResponse<AccountDto> patchAccount(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @RequestBody(
              description = "Any subset of AccountInput's fields; null removes a value",
              content =
                  @Content(
                      mediaType = "application/merge-patch+json",
                      schema = @Schema(implementation = AccountInput.class)))
          JsonNode patch,
      @Parameter(description = DUPLICATE_REASON) @QueryParam("duplicateReason") @Size(max = 500)
          String duplicateReason) {
    long version = ETags.requireVersion(ifMatch);
    AccountDto a =
        accounts.replace(
            id,
            version,
            mergePatch.apply(accounts.currentInput(id), patch, AccountInput.class),
            duplicateReason);
    return Responses.ok(a, a.version());
  }

  @DELETE
  @Path("/accounts/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @ResponseStatus(204)
  @Operation(
      summary = "Delete an account",
      description =
          "Deletes its contacts and facts with it; refused with 409 while it has opportunities.")
  public RestResponse<Void> deleteAccount(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    accounts.delete(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }
}
