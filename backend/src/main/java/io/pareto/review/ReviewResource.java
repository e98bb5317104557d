package io.pareto.review;

import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Key-account reviews",
    description = "Periodic evaluation: promote, keep or demote (大客户评估)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class ReviewResource {
  private final ReviewService reviews;

  public ReviewResource(ReviewService reviews) {
    this.reviews = reviews;
  }

  @POST
  @Path("/review-cycles")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @APIResponse(
      responseCode = "201",
      description = "Opened with one PENDING review per KEY account you may see",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewCycleDto.class)))
  @Operation(
      summary = "Open a review cycle",
      description =
          "Creates a review for every KEY account in your scope "
              + "that has none for the period yet.")
  public RestResponse<ReviewCycleDto> openReviewCycle(@NotNull @Valid ReviewOpenInput input) {
    ReviewCycleDto c = reviews.openCycle(input);
    return Responses.created("/api/v1/review-cycles/" + c.id(), c, c.version());
  }

  @GET
  @Path("/review-cycles")
  @Operation(
      summary = "List review cycles",
      description = "Newest first, with progress over the reviews you may see.")
  public List<ReviewCycleDto> listReviewCycles() {
    return reviews.listCycles();
  }

  @GET
  @Path("/review-cycles/{id}")
  @Operation(summary = "Get a review cycle with its progress")
  public RestResponse<ReviewCycleDto> getReviewCycle(@PathParam("id") long id) {
    ReviewCycleDto c =
        reviews.cycle(id).orElseThrow(() -> ProblemException.notFound("Review cycle", id));
    return Responses.ok(c, c.version());
  }

  @GET
  @Path("/review-cycles/{id}/reviews")
  @Operation(
      summary = "List a cycle's reviews",
      description = "Only those of accounts you may see.")
  public List<ReviewDto> listCycleReviews(@PathParam("id") long id) {
    return reviews.inCycle(id);
  }

  @GET
  @Path("/review-cycles/{id}/worksheet")
  @Operation(
      summary = "A cycle's reviews with the figures to score against",
      description =
          "Per review of an account you may see: account, owner, revenue and gross profit of the last 12 "
              + "months, open pipeline and won amount, so the reviewer starts from the data.")
  public List<ReviewWorksheetRowDto> getReviewWorksheet(@PathParam("id") long id) {
    return reviews.worksheet(id, java.time.LocalDate.now());
  }

  @GET
  @Path("/accounts/{accountId}/reviews")
  @Operation(summary = "List an account's reviews", description = "Newest period first.")
  public List<ReviewDto> listAccountReviews(@PathParam("accountId") long accountId) {
    return reviews.forAccount(accountId);
  }

  @POST
  @Path("/accounts/{accountId}/reviews")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Opened as PENDING",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewDto.class)))
  @Operation(
      summary = "Open a review of one account",
      description = "One per account and period (409 otherwise).")
  public RestResponse<ReviewDto> openAccountReview(
      @PathParam("accountId") long accountId, @NotNull @Valid ReviewOpenInput input) {
    ReviewDto r = reviews.open(accountId, input);
    return Responses.created("/api/v1/reviews/" + r.id(), r, r.version());
  }

  @GET
  @Path("/reviews/{id}")
  @Operation(summary = "Get a review")
  public RestResponse<ReviewDto> getReview(@PathParam("id") long id) {
    ReviewDto r = reviews.get(id).orElseThrow(() -> ProblemException.notFound("Review", id));
    return Responses.ok(r, r.version());
  }

  @PUT
  @Path("/reviews/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Score and submit a review",
      description = "Requires If-Match. Moves it to SUBMITTED.")
  public RestResponse<ReviewDto> submitReview(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ReviewInput input) {
    ReviewDto r = reviews.submit(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(r, r.version());
  }

  @POST
  @Path("/reviews/{id}/decision")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @APIResponse(
      responseCode = "200",
      description = "Decided",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewDto.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names an outdated version: reload and retry",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match header missing",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @Operation(
      summary = "Accept or reject a review's recommendation",
      description =
          "Requires If-Match. Accepting PROMOTE/DEMOTE sets a classification override with the review as reason.")
  public RestResponse<ReviewDto> decideReview(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ReviewDecisionInput input) {
    ReviewDto r = reviews.decide(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(r, r.version());
  }
}
