package io.pareto.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.support.ContractFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract loop: openapi.yaml at the repository root must equal what the code generates.
 * `scripts/update-openapi` (which sets -Dpareto.openapi.write=true) rewrites it.
 */
@QuarkusTest
class OpenApiContractTest {

  @Test
  void committedContractMatchesTheCode() throws Exception {
    String generated =
        given()
            .queryParam("format", "yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Path committed = ContractFile.path();
    if (Boolean.getBoolean("pareto.openapi.write")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(committed), "openapi.yaml is missing: run scripts/update-openapi");
    assertEquals(
        Files.readString(committed, StandardCharsets.UTF_8),
        generated,
        "openapi.yaml differs from what the code generates: run scripts/update-openapi and commit the result");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationHasSummaryIdAndErrorResponses() {
    JsonPath doc =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    int operations = 0;
    for (var path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/")) continue;
      for (var op : path.getValue().entrySet()) {
        if (op.getKey().equals("parameters")) continue;
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        Map<String, Object> operation = op.getValue();
        assertTrue(
            operation.get("summary") instanceof String s && !s.isBlank(),
            where + " needs a summary");
        assertTrue(operation.get("operationId") instanceof String, where + " needs an operationId");
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        assertTrue(
            responses.containsKey("400") && responses.containsKey("401"),
            where + " must document its errors");
        operations++;
      }
    }
    assertTrue(operations >= 30, "expected the CRUD operations, found " + operations);
    List<String> ids =
        doc.getList(
            "paths.collect { it.value.findAll { k, v -> k != 'parameters' }.collect { k, v -> v.operationId } }.flatten()");
    assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds must be unique");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationNamesTheThreeWaysToAuthenticateAndPublicOnesNone() {
    JsonPath doc = document();
    Map<String, Map<String, Object>> schemes = doc.getMap("components.securitySchemes");
    assertEquals(java.util.Set.of("bearerToken", "sessionCookie", "basic"), schemes.keySet());
    assertEquals("http", schemes.get("bearerToken").get("type"));
    assertEquals("bearer", schemes.get("bearerToken").get("scheme"));
    assertEquals("apiKey", schemes.get("sessionCookie").get("type"));
    assertEquals("cookie", schemes.get("sessionCookie").get("in"));
    assertEquals("pareto_session", schemes.get("sessionCookie").get("name"));
    assertTrue(
        ((String) schemes.get("sessionCookie").get("description")).contains("X-CSRF-Token"),
        "the cookie scheme must document the CSRF header");
    assertEquals("basic", schemes.get("basic").get("scheme"));

    List<String> publicOps = new java.util.ArrayList<>();
    forEachOperation(
        doc,
        (where, op) -> {
          List<Map<String, List<String>>> security =
              (List<Map<String, List<String>>>) op.get("security");
          assertTrue(security != null, where + " must state its security");
          if (security.isEmpty()) {
            publicOps.add(where);
            return;
          }
          assertEquals(
              List.of("bearerToken", "sessionCookie", "basic"),
              security.stream().map(r -> r.keySet().iterator().next()).toList(),
              where);
          assertEquals(
              1,
              security.stream().map(r -> r.values().iterator().next()).distinct().count(),
              where + ": every scheme needs the same roles");
        });
    assertEquals(
        List.of("DELETE /api/v1/session", "POST /api/v1/session"),
        publicOps.stream().sorted().toList());
    // A role-restricted operation keeps its roles on each scheme.
    assertEquals(
        List.of("ADMIN"), doc.getList("paths.'/api/v1/users'.post.security[0].bearerToken"));
  }

  @Test
  void describesItsServerLicenseAndContact() {
    JsonPath doc = document();
    assertEquals("/", doc.getString("servers[0].url"));
    assertTrue(
        doc.getString("info.license.name") != null && doc.getString("info.contact.name") != null);
  }

  @Test
  @SuppressWarnings("unchecked")
  void noSchemaOfAJavaOrJacksonType() {
    JsonPath doc = document();
    Map<String, Object> schemas = doc.getMap("components.schemas");
    for (String internal : List.of("JsonNode", "JsonNodeType", "Instant", "LocalDate", "Object")) {
      assertTrue(
          !schemas.containsKey(internal), internal + " must not be a schema of the contract");
    }
    Map<String, Object> changes = doc.getMap("components.schemas.AuditRecord.properties.changes");
    assertEquals("object", changes.get("type"));
    assertTrue(
        !changes.containsKey("$ref") && changes.get("description") != null, changes.toString());
    assertEquals(
        "date-time", doc.getString("components.schemas.Account.properties.createdAt.format"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void patchBodiesAreMergePatchesWithoutRequiredFields() {
    JsonPath doc = document();
    int[] patches = {0};
    forEachOperation(
        doc,
        (where, op) -> {
          if (!where.startsWith("PATCH ")) return;
          patches[0]++;
          Map<String, Map<String, Object>> content =
              (Map<String, Map<String, Object>>)
                  ((Map<String, Object>) op.get("requestBody")).get("content");
          assertTrue(content.containsKey("application/merge-patch+json"), where);
          String ref =
              (String)
                  ((Map<String, Object>) content.get("application/merge-patch+json").get("schema"))
                      .get("$ref");
          String name = ref.substring(ref.lastIndexOf('/') + 1);
          assertTrue(name.endsWith("Patch"), where + " → " + name);
          assertTrue(
              doc.get("components.schemas." + name + ".required") == null,
              name + " must not require fields");
        });
    assertEquals(
        5, patches[0], "accounts, contacts, facts, opportunities and users take merge patches");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyRequestBodyHasAnExample() {
    JsonPath doc = document();
    int[] bodies = {0};
    forEachOperation(
        doc,
        (where, op) -> {
          Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
          if (body == null) return;
          ((Map<String, Map<String, Object>>) body.get("content"))
              .forEach(
                  (type, media) -> {
                    bodies[0]++;
                    assertTrue(
                        media.containsKey("example") || media.containsKey("examples"),
                        where + " " + type + " needs an example");
                  });
        });
    assertTrue(bodies[0] >= 50, "expected the write operations' bodies, found " + bodies[0]);
    assertEquals(
        "FINANCE",
        doc.getString(
            "paths.'/api/v1/industries'.post.requestBody.content.'application/json'.example.code"));
  }

  private static JsonPath document() {
    return given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @SuppressWarnings("unchecked")
  private static void forEachOperation(
      JsonPath doc, java.util.function.BiConsumer<String, Map<String, Object>> check) {
    Map<String, Map<String, Object>> paths = doc.getMap("paths");
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, op) -> {
                  if (!path.startsWith("/api/") || method.equals("parameters")) return;
                  check.accept(method.toUpperCase() + " " + path, (Map<String, Object>) op);
                }));
  }
}
