package io.pareto.team;

import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/team-view")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Team view",
    description = "A manager's team: accounts, pipeline, targets and attainment per rep (团队视图)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.READONLY})
public class TeamViewResource {
  private final TeamViewService teamView;
  private final TargetForecastService targetForecast;

  public TeamViewResource(TeamViewService teamView, TargetForecastService targetForecast) {
    this.teamView = teamView;
    this.targetForecast = targetForecast;
  }

  @GET
  @Path("/forecast")
  @Operation(
      summary = "Forecast against target",
      description =
          "The period's forecast (closed = won in the period, commit, best case, pipeline) of the team's owners next "
              + "to their targets: attainment = closed ÷ target, with commit = (closed + commit) ÷ target, with best "
              + "case = (closed + best case) ÷ target, all in percent; gap = target − closed, never below 0. A quarter "
              + "without its own target uses the sum of its months'. The same team rules as the team view.")
  public TargetForecastDto getTargetForecast(
      @QueryParam("period")
          @Parameter(required = true, description = "YYYY-MM or YYYY-Qn", example = "2026-Q4")
          String period,
      @QueryParam("teamId") Long teamId) {
    return targetForecast.view(teamId, period, LocalDate.now(ZoneOffset.UTC));
  }

  @GET
  @Operation(
      summary = "Team view for a period",
      description =
          "One row per active rep and manager of the team. A manager gets their own team; an admin any team "
              + "(teamId) or everyone. Attainment = amount of deals reaching the basis stage (pareto.targets.basis: WON or "
              + "COLLECTED) in the period ÷ the period's target; a quarter without its own target uses the sum of its months'.")
  public TeamViewDto getTeamView(
      @QueryParam("period")
          @Parameter(required = true, description = "YYYY-MM or YYYY-Qn", example = "2026-Q4")
          String period,
      @QueryParam("teamId") Long teamId) {
    return teamView.view(teamId, period, LocalDate.now());
  }
}
