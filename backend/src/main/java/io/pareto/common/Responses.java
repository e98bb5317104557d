package io.pareto.common;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Response shapes every resource uses: the ETag always rides along with a versioned body. */
public final class Responses {
  private Responses() {}

  public static <T> RestResponse<T> ok(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).header("ETag", ETags.of(version)).build();
  }

  public static <T> RestResponse<T> created(String location, T body, long version) {
    return RestResponse.ResponseBuilder.<T>created(URI.create(location))
        .entity(body)
        .header("ETag", ETags.of(version))
        .build();
  }
}
