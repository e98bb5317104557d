package io.pareto.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation can give, in one place instead of on each method:
 * the same mapper produces them all (see {@link ProblemMappers}).
 */
public class OpenApiErrors implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) return;
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              boolean hasId = path.contains("{");
              for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                if (!path.startsWith("/api/")) continue;
                APIResponses r = e.getValue().getResponses();
                PathItem.HttpMethod m = e.getKey();
                boolean write = m != PathItem.HttpMethod.GET && m != PathItem.HttpMethod.HEAD;
                add(r, "400", "Invalid request: the offending fields are listed in `errors`");
                add(r, "401", "Not signed in");
                add(r, "403", "Signed in but not allowed to do this");
                if (hasId || namesAParent(e.getValue()))
                  add(r, "404", "No such record, or outside what you may see");
                if (write)
                  add(
                      r,
                      "409",
                      "Conflicts with the current state (duplicate key, record in use, invalid transition)");
                if (m == PathItem.HttpMethod.PUT
                    || m == PathItem.HttpMethod.PATCH
                    || m == PathItem.HttpMethod.DELETE) {
                  if (hasId) {
                    add(r, "412", "If-Match names an outdated version: reload and retry");
                    add(r, "428", "If-Match header missing");
                  }
                }
                // Sign-in is anonymous: there is no user to keep a key for.
                if (m == PathItem.HttpMethod.POST && !path.equals("/api/v1/session"))
                  documentIdempotency(e.getValue());
                add(
                    r,
                    "429",
                    "Too many requests with this API token in the current window: retry after Retry-After seconds");
                add(r, "500", "Unexpected failure; the problem's instance is the request id");
                documentETag(r, m, hasId);
              }
            });
  }

  /**
   * Every POST takes an Idempotency-Key (see IdempotencyFilter); reusing one for another request is
   * a 422.
   */
  private static void documentIdempotency(Operation op) {
    op.addParameter(
        OASFactory.createParameter()
            .name("Idempotency-Key")
            .in(Parameter.In.HEADER)
            .description(
                "Any unique string (a UUID): a retry with the same key and body within 24 h returns the"
                    + " first answer (marked `Idempotent-Replayed: true`) without writing again")
            .schema(
                OASFactory.createSchema()
                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                    .maxLength(255)));
    add(op.getResponses(), "422", "Idempotency-Key already used for a different request");
  }

  /** A list narrowed to one account or deal answers 404 when that parent is not visible. */
  private static boolean namesAParent(Operation op) {
    return op.getParameters() != null
        && op.getParameters().stream()
            .anyMatch(p -> "accountId".equals(p.getName()) || "opportunityId".equals(p.getName()));
  }

  /**
   * Single-record reads and writes answer with the ETag that the next write's If-Match must carry.
   */
  private static void documentETag(
      APIResponses responses, PathItem.HttpMethod method, boolean hasId) {
    if (method == PathItem.HttpMethod.DELETE || (!hasId && method != PathItem.HttpMethod.POST))
      return;
    for (String code : new String[] {"200", "201"}) {
      var response = responses.getAPIResponse(code);
      if (response == null || response.getContent() == null) continue;
      if (response.getHeaders() != null && response.getHeaders().containsKey("ETag")) continue;
      response.addHeader(
          "ETag",
          OASFactory.createHeader()
              .description("The record's version, to send back in If-Match")
              .schema(
                  OASFactory.createSchema()
                      .addType(
                          org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
    }
  }

  private static void add(APIResponses responses, String code, String description) {
    // SmallRye adds a bare 401/403 for @RolesAllowed; those answers carry a problem body too.
    var existing = responses.getAPIResponse(code);
    if (existing != null && existing.getContent() != null) return;
    Content content =
        OASFactory.createContent()
            .addMediaType(
                ProblemMappers.PROBLEM_JSON,
                OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    if (existing != null) {
      existing.setContent(content);
    } else {
      responses.addAPIResponse(
          code, OASFactory.createAPIResponse().description(description).content(content));
    }
  }
}
