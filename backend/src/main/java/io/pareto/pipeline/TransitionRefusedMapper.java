package io.pareto.pipeline;

import io.pareto.common.ProblemMappers;
import io.pareto.common.RequestId;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders {@link TransitionRefused} as problem+json with the allowed transitions listed. */
public class TransitionRefusedMapper {
  private final RequestId requestId;

  public TransitionRefusedMapper(RequestId requestId) {
    this.requestId = requestId;
  }

  @ServerExceptionMapper
  public RestResponse<TransitionRefusedProblem> refused(TransitionRefused e) {
    var body = new TransitionRefusedProblem(e.type(), e.title(), e.status(), e.getMessage(), requestId.get(), e.allowed());
    return RestResponse.ResponseBuilder.<TransitionRefusedProblem>create(e.status()).entity(body)
        .type(ProblemMappers.PROBLEM_JSON).build();
  }
}
