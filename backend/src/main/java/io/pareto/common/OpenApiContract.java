package io.pareto.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated document so that outside tools (linters, client generators) accept it:
 * the three ways to authenticate on every operation, {@code security: []} on public ones, no schema
 * of a Jackson type, merge-patch bodies that do not demand a full record, an example on every
 * request body. Runs after {@link OpenApiErrors}.
 */
public class OpenApiContract implements OASFilter {
  public static final String BEARER = "bearerToken";
  public static final String COOKIE = "sessionCookie";
  public static final String BASIC = "basic";

  /**
   * What SmallRye names the one scheme it derives from {@code @RolesAllowed}; replaced by the three
   * above.
   */
  private static final String GENERATED_SCHEME = "SecurityScheme";

  static final String MERGE_PATCH = "application/merge-patch+json";

  /** Jackson's tree types: free-form JSON on the wire, never a schema of their own. */
  private static final Set<String> JACKSON_TYPES =
      Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode");

  /**
   * java.time types SmallRye turns into components; on the wire they are formatted strings, written
   * inline.
   */
  private static final Set<String> JAVA_SCALARS =
      Set.of("Instant", "LocalDate", "LocalDateTime", "OffsetDateTime", "YearMonth");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    new OpenApiErrors().filterOpenAPI(openAPI);
    if (openAPI.getComponents() == null) openAPI.setComponents(OASFactory.createComponents());
    securitySchemes(openAPI.getComponents());
    replaceJacksonTypes(openAPI.getComponents());
    inlineJavaScalars(openAPI);
    if (openAPI.getPaths() == null) return;
    List<String> publicPaths = publicPaths(ConfigProvider.getConfig());
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                Operation op = e.getValue();
                // Public: the path policy lets anyone through and the method asks for no role
                // (@PermitAll).
                security(
                    op,
                    publicPaths.contains(path)
                        && (op.getSecurity() == null || op.getSecurity().isEmpty()));
                if (op.getRequestBody() == null || op.getRequestBody().getContent() == null)
                  continue;
                if (e.getKey() == PathItem.HttpMethod.PATCH)
                  mergePatch(op, openAPI.getComponents());
                for (MediaType media : op.getRequestBody().getContent().getMediaTypes().values()) {
                  example(media, openAPI.getComponents());
                }
              }
            });
  }

  private static void securitySchemes(Components components) {
    if (components.getSecuritySchemes() != null) components.removeSecurityScheme(GENERATED_SCHEME);
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("pat_…")
            .description(
                "A personal API token (POST /api/v1/tokens; the secret is shown once), sent as "
                    + "`Authorization: Bearer pat_…`. The way integrations and BI tools call the API; a READ_ONLY token never writes."));
    components.addSecurityScheme(
        COOKIE,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.COOKIE)
            .name("pareto_session")
            .description(
                "The web app's session: POST /api/v1/session sets the HttpOnly `pareto_session` cookie and a "
                    + "readable `pareto_csrf` cookie. Every write (POST, PUT, PATCH, DELETE) with this cookie must echo the "
                    + "`pareto_csrf` value in the `X-CSRF-Token` header, or it is refused with 403."));
    components.addSecurityScheme(
        BASIC,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description(
                "E-mail and password of a Pareto user, for scripts; login throttling applies."));
  }

  /**
   * Every way to authenticate, each with the roles the operation requires (OpenAPI 3.1 lets
   * non-OAuth requirements list role names); an operation open to anyone says so with an empty
   * list.
   */
  private static void security(Operation op, boolean isPublic) {
    if (isPublic) {
      op.setSecurity(new ArrayList<>());
      return;
    }
    List<String> roles = new ArrayList<>();
    if (op.getSecurity() != null) {
      for (SecurityRequirement r : op.getSecurity()) {
        if (r.getSchemes() != null && r.getSchemes().get(GENERATED_SCHEME) != null)
          roles.addAll(r.getSchemes().get(GENERATED_SCHEME));
      }
    }
    List<SecurityRequirement> requirements = new ArrayList<>();
    for (String scheme : List.of(BEARER, COOKIE, BASIC)) {
      requirements.add(
          OASFactory.createSecurityRequirement().addScheme(scheme, new ArrayList<>(roles)));
    }
    op.setSecurity(requirements);
  }

  /**
   * Paths the HTTP permission policy lets through without a user ({@code
   * quarkus.http.auth.permission.*.policy=permit}).
   */
  static List<String> publicPaths(Config config) {
    List<String> paths = new ArrayList<>();
    for (String name : config.getPropertyNames()) {
      if (!name.startsWith("quarkus.http.auth.permission.") || !name.endsWith(".policy")) continue;
      if (!"permit".equals(config.getOptionalValue(name, String.class).orElse(null))) continue;
      String prefix = name.substring(0, name.length() - ".policy".length());
      config
          .getOptionalValue(prefix + ".paths", String.class)
          .ifPresent(
              v -> {
                for (String p : v.split(",")) paths.add(p.trim());
              });
    }
    return paths;
  }

  /**
   * Free-form JSON (an audit entry's changes) is an object with a description, not Jackson's class.
   */
  private static void replaceJacksonTypes(Components components) {
    if (components.getSchemas() == null) return;
    JACKSON_TYPES.forEach(components::removeSchema);
    for (Schema schema : components.getSchemas().values()) {
      if (schema.getProperties() == null) continue;
      for (Schema property : schema.getProperties().values()) {
        String ref = property.getRef();
        if (ref == null || !JACKSON_TYPES.contains(ref.substring(ref.lastIndexOf('/') + 1)))
          continue;
        property.setRef(null);
        property.setType(List.of(Schema.SchemaType.OBJECT));
        if (property.getDescription() == null) property.setDescription("Free-form JSON object");
      }
    }
  }

  /**
   * Replaces each reference to a java.time component by the string schema it stands for, then drops
   * the component.
   */
  private static void inlineJavaScalars(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) return;
    Map<String, Schema> scalars = new LinkedHashMap<>();
    JAVA_SCALARS.forEach(
        n -> {
          if (schemas.get(n) != null && schemas.get(n).getProperties() == null)
            scalars.put(n, schemas.get(n));
        });
    if (scalars.isEmpty()) return;
    schemas.values().forEach(s -> inline(s, scalars));
    if (openAPI.getPaths() != null) {
      for (PathItem item : openAPI.getPaths().getPathItems().values()) {
        for (Operation op : item.getOperations().values()) {
          if (op.getParameters() != null)
            op.getParameters().forEach(p -> inline(p.getSchema(), scalars));
          if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody()
                .getContent()
                .getMediaTypes()
                .values()
                .forEach(m -> inline(m.getSchema(), scalars));
          }
          if (op.getResponses() != null) {
            op.getResponses()
                .getAPIResponses()
                .values()
                .forEach(
                    r -> {
                      if (r.getContent() != null)
                        r.getContent()
                            .getMediaTypes()
                            .values()
                            .forEach(m -> inline(m.getSchema(), scalars));
                    });
          }
        }
      }
    }
    scalars.keySet().forEach(openAPI.getComponents()::removeSchema);
  }

  private static void inline(Schema schema, Map<String, Schema> scalars) {
    if (schema == null) return;
    String ref = schema.getRef();
    Schema scalar = ref == null ? null : scalars.get(ref.substring(ref.lastIndexOf('/') + 1));
    if (scalar != null) {
      schema.setRef(null);
      if (schema.getType() == null || schema.getType().isEmpty()) schema.setType(scalar.getType());
      if (schema.getFormat() == null) schema.setFormat(scalar.getFormat());
    }
    if (schema.getProperties() != null)
      schema.getProperties().values().forEach(p -> inline(p, scalars));
    inline(schema.getItems(), scalars);
    if (schema.getAllOf() != null) schema.getAllOf().forEach(p -> inline(p, scalars));
    if (schema.getOneOf() != null) schema.getOneOf().forEach(p -> inline(p, scalars));
    if (schema.getAnyOf() != null) schema.getAnyOf().forEach(p -> inline(p, scalars));
    if (schema.getAdditionalPropertiesSchema() != null)
      inline(schema.getAdditionalPropertiesSchema(), scalars);
  }

  /**
   * A merge patch (RFC 7396) names only the fields it changes, so its schema is the input's without
   * {@code required}. The server takes it as application/merge-patch+json or application/json
   * alike.
   */
  private static void mergePatch(Operation op, Components components) {
    var content = op.getRequestBody().getContent();
    MediaType patch = content.getMediaType(MERGE_PATCH);
    if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null) return;
    String input =
        patch.getSchema().getRef().substring(patch.getSchema().getRef().lastIndexOf('/') + 1);
    Schema full = components.getSchemas().get(input);
    if (full == null) return;
    String name =
        input.endsWith("Input")
            ? input.substring(0, input.length() - "Input".length()) + "Patch"
            : input + "Patch";
    if (components.getSchemas().get(name) == null) {
      components.addSchema(
          name,
          OASFactory.createSchema()
              .addType(Schema.SchemaType.OBJECT)
              .description(
                  "JSON merge patch (RFC 7396) of "
                      + input
                      + ": only the fields to change; null clears a field")
              .properties(new LinkedHashMap<>(full.getProperties())));
    }
    Schema ref = OASFactory.createSchema().ref("#/components/schemas/" + name);
    patch.setSchema(ref);
    if (content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) == null) {
      content.addMediaType(
          jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
          OASFactory.createMediaType()
              .schema(OASFactory.createSchema().ref("#/components/schemas/" + name)));
    }
  }

  /**
   * An example body built from the examples of the schema and its fields, where none was written by
   * hand.
   */
  private static void example(MediaType media, Components components) {
    if (media.getExample() != null
        || (media.getExamples() != null && !media.getExamples().isEmpty())) return;
    Object example = ExampleBuilder.of(media.getSchema(), components);
    if (example != null) media.setExample(example);
  }

  /**
   * Walks a schema, taking each field's first example, an enum's first code or a nested object's
   * example.
   */
  static final class ExampleBuilder {
    private static final int MAX_DEPTH = 4;

    static Object of(Schema schema, Components components) {
      return value(schema, components, 0);
    }

    private static Object value(Schema schema, Components components, int depth) {
      if (schema == null || depth > MAX_DEPTH) return null;
      if (schema.getExamples() != null && !schema.getExamples().isEmpty())
        return schema.getExamples().get(0);
      if (schema.getExample() != null) return schema.getExample();
      if (schema.getRef() != null) return value(resolve(schema, components), components, depth + 1);
      if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty())
        return schema.getEnumeration().get(0);
      if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema
            .getProperties()
            .forEach(
                (name, property) -> {
                  Object v = value(property, components, depth + 1);
                  if (v == null && required.contains(name)) v = placeholder(property, components);
                  if (v != null) object.put(name, v);
                });
        return object.isEmpty() ? null : object;
      }
      if (schema.getItems() != null) {
        Object item = value(schema.getItems(), components, depth + 1);
        if (item == null) return null;
        int n = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
        return java.util.Collections.nCopies(n, item);
      }
      if (schema.getAllOf() != null) {
        for (Schema part : schema.getAllOf()) {
          Object v = value(part, components, depth + 1);
          if (v != null) return v;
        }
      }
      return null;
    }

    private static Schema resolve(Schema ref, Components components) {
      return components.getSchemas().get(ref.getRef().substring(ref.getRef().lastIndexOf('/') + 1));
    }

    /**
     * A required field without an example still needs a value of its type for the body to be valid.
     */
    private static Object placeholder(Schema schema, Components components) {
      if (schema.getRef() != null) {
        Schema target = resolve(schema, components);
        if (target == null) return null;
        if (target.getEnumeration() != null && !target.getEnumeration().isEmpty())
          return target.getEnumeration().get(0);
        return placeholder(target, components);
      }
      List<Schema.SchemaType> type = schema.getType() == null ? List.of() : schema.getType();
      if (type.contains(Schema.SchemaType.INTEGER))
        return schema.getMinimum() == null ? 1 : schema.getMinimum().longValue();
      if (type.contains(Schema.SchemaType.NUMBER))
        return schema.getMinimum() == null ? 1 : schema.getMinimum();
      if (type.contains(Schema.SchemaType.BOOLEAN)) return false;
      if (type.contains(Schema.SchemaType.ARRAY)) return List.of();
      if (type.contains(Schema.SchemaType.STRING)) {
        if ("date".equals(schema.getFormat())) return "2026-12-01";
        if ("date-time".equals(schema.getFormat())) return "2026-12-01T09:00:00Z";
        return "example";
      }
      return null;
    }
  }
}
