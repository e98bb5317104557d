package io.pareto.pipeline;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

public class OpportunityFilter {
  @QueryParam("accountId")
  public Long accountId;

  @QueryParam("stage")
  public Stage stage;

  @QueryParam("ownerId")
  public Long ownerId;

  @QueryParam("closeFrom")
  @Parameter(description = "Expected close date on or after (YYYY-MM-DD)")
  public LocalDate closeFrom;

  @QueryParam("closeTo")
  @Parameter(description = "Expected close date on or before (YYYY-MM-DD)")
  public LocalDate closeTo;

  @QueryParam("q")
  @Parameter(description = "Text in the deal's name")
  public String q;
}
