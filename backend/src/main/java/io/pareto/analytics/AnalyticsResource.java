package io.pareto.analytics;

import io.pareto.common.PageRequest;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Set-based analytics over the accounts the caller may see. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "Pareto (二八法则), input/output (投入产出) and category overviews")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class AnalyticsResource {
  private final ParetoAnalysis pareto;
  private final InputOutputAnalysis inputOutput;
  private final CategoryAnalysis categories;

  public AnalyticsResource(
      ParetoAnalysis pareto, InputOutputAnalysis inputOutput, CategoryAnalysis categories) {
    this.pareto = pareto;
    this.inputOutput = inputOutput;
    this.categories = categories;
  }

  @GET
  @Path("/analytics/pareto")
  @Operation(
      summary = "Pareto curve of revenue or gross profit",
      description =
          "Over the 12 months ending with asOf's month, customers with a positive value, largest first:"
              + " cumulative curve (≤ 101 points), share of customers making 80% of the value, value share of the top"
              + " 20% (ceil) and the Gini coefficient.")
  public ParetoDto getParetoAnalysis(
      @QueryParam("metric")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"revenue", "grossProfit"}),
              description = "Default revenue")
          String metric,
      @QueryParam("asOf") @Parameter(description = "Default today", example = "2026-11-23")
          LocalDate asOf) {
    return pareto.pareto(ParetoMetric.parse(metric), asOf);
  }

  @GET
  @Path("/analytics/input-output")
  @Operation(
      summary = "Input/output quadrants",
      description =
          "Output = gross profit, input = cost to serve over the 12 months ending with asOf's month."
              + " Split at the medians unless thresholds are given; values at or above a threshold are high. Pass"
              + " quadrant for a page of its accounts.")
  public InputOutputDto getInputOutputAnalysis(
      @QueryParam("asOf") @Parameter(description = "Default today", example = "2026-11-23")
          LocalDate asOf,
      @QueryParam("outputThreshold") @Parameter(description = "Default the median output")
          BigDecimal outputThreshold,
      @QueryParam("inputThreshold") @Parameter(description = "Default the median input")
          BigDecimal inputThreshold,
      @QueryParam("quadrant") @Parameter(description = "List this quadrant's accounts")
          Quadrant quadrant,
      @Valid @BeanParam PageRequest page) {
    return inputOutput.analyse(asOf, outputThreshold, inputThreshold, quadrant, page);
  }

  @GET
  @Path("/analytics/categories")
  @Operation(
      summary = "Accounts per category and KEY health checks",
      description =
          "Count, revenue12 and gross profit per current category; KEY accounts without an account manager"
              + ", not contacted in 90 days, or without an active account plan.")
  public CategoryOverviewDto getCategoryAnalysis(
      @QueryParam("asOf") @Parameter(description = "Default today", example = "2026-11-23")
          LocalDate asOf) {
    return categories.overview(asOf);
  }
}
