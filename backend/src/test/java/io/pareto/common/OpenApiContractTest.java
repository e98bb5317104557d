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
    String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
        .extract().asString();
    Path committed = ContractFile.path();
    if (Boolean.getBoolean("pareto.openapi.write")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(committed), "openapi.yaml is missing: run scripts/update-openapi");
    assertEquals(Files.readString(committed, StandardCharsets.UTF_8), generated,
        "openapi.yaml differs from what the code generates: run scripts/update-openapi and commit the result");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationHasSummaryIdAndErrorResponses() {
    JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    int operations = 0;
    for (var path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/")) continue;
      for (var op : path.getValue().entrySet()) {
        if (op.getKey().equals("parameters")) continue;
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        Map<String, Object> operation = op.getValue();
        assertTrue(operation.get("summary") instanceof String s && !s.isBlank(), where + " needs a summary");
        assertTrue(operation.get("operationId") instanceof String, where + " needs an operationId");
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        assertTrue(responses.containsKey("400") && responses.containsKey("401"), where + " must document its errors");
        operations++;
      }
    }
    assertTrue(operations >= 30, "expected the CRUD operations, found " + operations);
    List<String> ids = doc.getList("paths.collect { it.value.findAll { k, v -> k != 'parameters' }.collect { k, v -> v.operationId } }.flatten()");
    assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds must be unique");
  }
}
