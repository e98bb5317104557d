package io.pareto.pool;

import io.pareto.account.AccountDto;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customer pool", description = "The team's pool of unowned accounts (公海)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
public class PoolResource {
  private final PoolService pool;
  private final PoolRules rules;
  private final PoolReturns returns;

  public PoolResource(PoolService pool, PoolRules rules, PoolReturns returns) {
    this.pool = pool;
    this.rules = rules;
    this.returns = returns;
  }

  @GET
  @Path("/pool")
  @Operation(
      summary = "List the customer pool",
      description =
          "A rep or manager sees their team's pool, an admin every pool (teamId narrows it). Sort"
              + " fields: name, category, pooledAt, lastActivityOn; default -pooledAt.")
  public Page<PoolAccountDto> listPool(
      @Valid @BeanParam PageRequest page, @BeanParam PoolFilter filter) {
    return pool.list(filter, page);
  }

  @POST
  @Path("/pool/{id}/claim")
  @Operation(
      summary = "Claim an account from the pool (领取)",
      description =
          "The caller becomes its owner, within the claim limit of their team's rule. If-Match is"
              + " optional. 409 POOL_ACCOUNT_TAKEN when someone else took it first, 409"
              + " POOL_CLAIM_LIMIT at the limit.")
  public RestResponse<AccountDto> claimPoolAccount(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    AccountDto a = pool.claim(id, optionalVersion(ifMatch));
    return Responses.ok(a, a.version());
  }

  @POST
  @Path("/pool/{id}/assign")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(
      summary = "Assign an account from the pool (分配)",
      description =
          "A manager assigns within their own team, an admin to anyone; the claim limit of the"
              + " new owner's team applies. If-Match is optional.")
  public RestResponse<AccountDto> assignPoolAccount(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid PoolAssignInput input) {
    AccountDto a = pool.assign(id, optionalVersion(ifMatch), input.userId());
    return Responses.ok(a, a.version());
  }

  @POST
  @Path("/accounts/{id}/release")
  @ResponseStatus(204)
  @Operation(
      summary = "Release an account to the pool (退回公海)",
      description =
          "The owner, their manager or an admin returns it to the owner's team pool, with a reason."
              + " Requires If-Match. KEY accounts are refused (422 POOL_KEY_ACCOUNT).")
  public RestResponse<Void> releaseAccount(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid PoolReleaseInput input) {
    pool.release(id, ETags.requireVersion(ifMatch), input.reason());
    return RestResponse.noContent();
  }

  @GET
  @Path("/pool/rules")
  @Operation(
      summary = "List the 回收规则",
      description =
          "The company default and the rules of the teams the caller sees; the caller's own team"
              + " is listed even while it follows the default.")
  public List<PoolRuleDto> listPoolRules() {
    return rules.visible();
  }

  @PUT
  @Path("/pool/rules/default")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Replace the company default 回收规则", description = "Requires If-Match.")
  public RestResponse<PoolRuleDto> replaceDefaultPoolRule(
      @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PoolRuleInput input) {
    PoolRuleDto r = rules.replace(null, ETags.requireVersion(ifMatch), input);
    return Responses.ok(r, r.version());
  }

  @PUT
  @Path("/pool/rules/teams/{teamId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(
      summary = "Replace a team's 回收规则",
      description =
          "An admin, or the team's manager. Requires If-Match; \"0\" for a team's first rule of"
              + " its own.")
  public RestResponse<PoolRuleDto> replaceTeamPoolRule(
      @PathParam("teamId") long teamId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid PoolRuleInput input) {
    PoolRuleDto r = rules.replace(teamId, ETags.requireVersion(ifMatch), input);
    return Responses.ok(r, r.version());
  }

  @POST
  @Path("/pool/returns")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Run the return job now",
      description =
          "What the nightly job does, for today (or asOf), optionally for one team's owners.")
  public PoolReturnRunDto runPoolReturns(
      @QueryParam("asOf") LocalDate asOf, @QueryParam("teamId") Long teamId) {
    LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
    return new PoolReturnRunDto(day, returns.run(day, teamId));
  }

  private static Long optionalVersion(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : ETags.requireVersion(ifMatch);
  }
}
