package io.pareto.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * History-API fallback: a deep link such as /accounts/42 is a route of the single-page app, not a
 * file, so the server answers it with index.html. API, health and docs paths are left alone.
 */
@ApplicationScoped
public class SpaFallback {
  void install(@Observes Router router) {
    router
        .get()
        .order(-100)
        .handler(
            ctx -> {
              String path = ctx.normalizedPath();
              boolean server =
                  path.startsWith("/api") || path.startsWith("/q/") || path.equals("/q");
              boolean file = path.substring(path.lastIndexOf('/') + 1).contains(".");
              if (!server && !file && !path.equals("/")) {
                ctx.reroute("/");
              } else {
                ctx.next();
              }
            });
  }
}
