package io.pareto.classification;

import io.pareto.common.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** Per-account classification: explanation, override, lost reason. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classification")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class AccountClassificationResource {
  private final ClassificationExplanations explanations;
  private final ClassificationOverrides overrides;
  private final LostAccounts lost;

  public AccountClassificationResource(
      ClassificationExplanations explanations,
      ClassificationOverrides overrides,
      LostAccounts lost) {
    this.explanations = explanations;
    this.overrides = overrides;
    this.lost = lost;
  }

  @GET
  @Path("/accounts/{id}/classification")
  @Operation(
      summary = "Explain an account's category",
      description =
          "Category, source (POLICY/OVERRIDE), score, each factor's raw value, percentile, weight and"
              + " contribution, the rule that decided, what would change it, and the category history over runs.")
  public ExplanationDto getAccountClassification(@PathParam("id") long id) {
    return explanations.explain(id);
  }

  @PUT
  @Path("/accounts/{id}/classification/override")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(
      summary = "Set a manual category override",
      description =
          "Wins over the policy while unexpired (expiresOn inclusive); the account takes the category"
              + " at once. Audited.")
  public OverrideDto putAccountClassificationOverride(
      @PathParam("id") long id, @NotNull @Valid OverrideInput input) {
    return overrides.set(id, input.category(), input.reason().trim(), input.expiresOn());
  }

  @DELETE
  @Path("/accounts/{id}/classification/override")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @ResponseStatus(204)
  @Operation(
      summary = "Clear a manual category override",
      description = "The account returns to the latest run's policy category. Audited.")
  public RestResponse<Void> deleteAccountClassificationOverride(@PathParam("id") long id) {
    overrides.clear(id);
    return RestResponse.noContent();
  }

  @GET
  @Path("/accounts/{id}/loss")
  @Operation(
      summary = "Get why a LOST account was lost",
      description = "404 when no reason is recorded.")
  public LossDto getAccountLoss(@PathParam("id") long id) {
    return lost.get(id).orElseThrow(() -> ProblemException.notFound("Lost reason for account", id));
  }

  @PUT
  @Path("/accounts/{id}/loss")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Record why an account was lost and its win-back status",
      description = "Only for LOST accounts (409 otherwise). Audited.")
  public LossDto putAccountLoss(@PathParam("id") long id, @NotNull @Valid LossInput input) {
    return lost.record(id, input);
  }
}
