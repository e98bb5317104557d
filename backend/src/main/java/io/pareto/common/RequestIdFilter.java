package io.pareto.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Echoes the request id so a client's report can be matched with our logs and audit trail. */
public class RequestIdFilter {
  private final RequestId requestId;

  public RequestIdFilter(RequestId requestId) {
    this.requestId = requestId;
  }

  @ServerRequestFilter(preMatching = true)
  public void read(ContainerRequestContext request) {
    requestId.set(request.getHeaderString("X-Request-Id"));
  }

  @ServerResponseFilter
  public void write(ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Request-Id", requestId.get());
  }
}
