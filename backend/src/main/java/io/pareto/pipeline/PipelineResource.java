package io.pareto.pipeline;

import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.pipeline.forecast.ForecastDtos.Forecast;
import io.pareto.pipeline.forecast.ForecastDtos.StuckDeal;
import io.pareto.pipeline.forecast.ForecastService;
import io.pareto.pipeline.funnel.CustomerFunnel;
import io.pareto.pipeline.funnel.CustomerFunnelDto;
import io.pareto.pipeline.funnel.FunnelDtos.Funnel;
import io.pareto.pipeline.funnel.FunnelDtos.Metrics;
import io.pareto.pipeline.funnel.FunnelService;
import io.pareto.pipeline.funnel.PipelineFilter;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline", description = "Funnel, velocity, forecast and stuck deals (从线索到回款)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class PipelineResource {
  private final FunnelService funnel;
  private final ForecastService forecast;
  private final CustomerFunnel customers;
  private final StageProbabilities probabilities;

  public PipelineResource(
      FunnelService funnel,
      ForecastService forecast,
      CustomerFunnel customers,
      StageProbabilities probabilities) {
    this.funnel = funnel;
    this.forecast = forecast;
    this.customers = customers;
    this.probabilities = probabilities;
  }

  @GET
  @Path("/pipeline/funnel")
  @Operation(
      summary = "Pipeline funnel",
      description =
          "mode=cohort: deals created in [from, to] (UTC days) — per stage how many reached it (skips count), "
              + "conversions, amount, lost with reasons, average and median days in it. mode=snapshot: deals open at asOf "
              + "per stage, reconstructed from the stage history, with weighted amount and average age.")
  public Funnel getPipelineFunnel(
      @BeanParam PipelineFilter filter,
      @QueryParam("mode") @DefaultValue("cohort") @Parameter(description = "cohort or snapshot")
          String mode,
      @QueryParam("from") @Parameter(description = "cohort: created on or after (YYYY-MM-DD)")
          LocalDate from,
      @QueryParam("to") @Parameter(description = "cohort: created on or before (YYYY-MM-DD)")
          LocalDate to,
      @QueryParam("asOf")
          @Parameter(
              description = "snapshot: the instant (default now)",
              example = "2026-10-01T00:00:00Z")
          Instant asOf) {
    return switch (mode.toLowerCase()) {
      case "cohort" -> new Funnel("COHORT", funnel.cohort(filter, from, to), null);
      case "snapshot" ->
          new Funnel(
              "SNAPSHOT", null, funnel.snapshot(filter, asOf == null ? Instant.now() : asOf));
      default -> throw ProblemException.badRequest("mode", "must be cohort or snapshot");
    };
  }

  @GET
  @Path("/pipeline/metrics")
  @Operation(
      summary = "Pipeline metrics",
      description =
          "For deals closed in [from, to]: win rate, average won deal size, average sales cycle, sales velocity "
              + "(open deals × win rate × average deal size ÷ average cycle days), collection lag WON → COLLECTED, lost reasons.")
  public Metrics getPipelineMetrics(
      @BeanParam PipelineFilter filter,
      @QueryParam("from") @Parameter(description = "YYYY-MM-DD", required = true) LocalDate from,
      @QueryParam("to") @Parameter(description = "YYYY-MM-DD, inclusive", required = true)
          LocalDate to) {
    return funnel.metrics(filter, from, to);
  }

  @GET
  @Path("/pipeline/forecast")
  @Operation(
      summary = "Forecast of a quarter or month",
      description =
          "Per owner, per team and in total: closed (won in the period), commit, best case (= commit + "
              + "best-case deals), pipeline (all open, not omitted), weighted; open deals of the period whose expected close "
              + "date passed are listed as slipped.")
  public Forecast getPipelineForecast(
      @BeanParam PipelineFilter filter,
      @QueryParam("period")
          @Parameter(description = "YYYY-Qn or YYYY-MM", example = "2026-Q4", required = true)
          String period,
      @QueryParam("asOf")
          @Parameter(description = "The day slipped deals are judged against (default today, UTC)")
          LocalDate asOf) {
    return forecast.forecast(filter, period, asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf);
  }

  @GET
  @Path("/pipeline/stuck")
  @Operation(
      summary = "Stuck deals",
      description =
          "Open deals whose time in the current stage exceeds twice the median time deals spent in that stage "
              + "over the last 12 months (at least 14 days), longest first.")
  public List<StuckDeal> listStuckDeals(
      @BeanParam PipelineFilter filter,
      @QueryParam("asOf") @Parameter(description = "Default now") Instant asOf) {
    return forecast.stuck(filter, asOf == null ? Instant.now() : asOf);
  }

  @GET
  @Path("/pipeline/customer-funnel")
  @Operation(
      summary = "A/B/C customer funnel",
      description =
          "docs/method.md §4: A producing (revenue in the last 12 months), B incubating (not A, an open deal), "
              + "C potential. Counts and amounts per level at asOf, and the flows between from and asOf (C→B, B→A, A→C, …).")
  public CustomerFunnelDto getCustomerFunnel(
      @BeanParam PipelineFilter filter,
      @QueryParam("asOf") @Parameter(description = "Default today (UTC)") LocalDate asOf,
      @QueryParam("from")
          @Parameter(description = "Start of the flows; default asOf minus 3 months")
          LocalDate from) {
    LocalDate at = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
    return customers.at(filter, from == null ? at.minusMonths(3) : from, at);
  }

  @GET
  @Path("/pipeline/stage-probabilities")
  @Operation(
      summary = "Stage probabilities",
      description =
          "Win probability per stage, in percent. The ETag header carries the set's version for If-Match.")
  public RestResponse<List<StageProbabilityDto>> listStageProbabilities() {
    StageProbabilities.ProbabilitySet set = probabilities.current();
    return Responses.ok(set.probabilities(), set.version());
  }

  @PUT
  @Path("/pipeline/stage-probabilities")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Replace the stage probabilities",
      description =
          "ADMIN only; all seven stages at once. Requires If-Match with the ETag of the list.")
  public RestResponse<List<StageProbabilityDto>> replaceStageProbabilities(
      @HeaderParam("If-Match") String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema =
                          @Schema(
                              type = SchemaType.ARRAY,
                              minItems = 7,
                              maxItems = 7,
                              implementation = StageProbabilityDto.class),
                      examples =
                          @ExampleObject(
                              name = "default",
                              summary = "The default probabilities",
                              value =
                                  """
              [{"stage": "LEAD", "probability": 10.00}, {"stage": "QUALIFIED", "probability": 25.00},
               {"stage": "PROPOSAL", "probability": 50.00}, {"stage": "NEGOTIATION", "probability": 75.00},
               {"stage": "WON", "probability": 100.00}, {"stage": "COLLECTED", "probability": 100.00},
               {"stage": "LOST", "probability": 0.00}]""")))
          @NotNull
          @Size(min = 7, max = 7)
          List<@Valid @NotNull StageProbabilityDto> input) {
    StageProbabilities.ProbabilitySet set =
        probabilities.replace(ETags.requireVersion(ifMatch), input);
    return Responses.ok(set.probabilities(), set.version());
  }
}
