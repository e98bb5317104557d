package io.pareto.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pareto.security.Role;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every date and instant the API accepts lies in one range (DateRange, years 1900–2200). The
 * operations and their date parameters and body fields are read from the live OpenAPI document, so
 * a new operation is walked too: each extreme value must be a 400 problem naming the parameter or
 * field and the range.
 */
@QuarkusTest
class DateRangeTest {
  private static final List<String> DATES =
      List.of("+999999999-12-31", "-1000000000-01-01", "1899-12-31", "2201-01-01");
  private static final List<String> INSTANTS =
      List.of(
          "+999999999-12-31T23:59:59Z",
          "-1000000000-01-01T00:00:00Z",
          "1899-12-31T23:59:59Z",
          "2201-01-01T00:00:00Z");

  @Inject TestUsers users;

  @Test
  void everyDateParameterAndBodyFieldRefusesValuesOutsideTheRange() throws Exception {
    TestUser admin = users.create(Role.ADMIN);
    JsonNode doc =
        new ObjectMapper()
            .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    JsonNode schemas = doc.path("components").path("schemas");
    List<String> walked = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      var path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        var op = ops.next();
        if (!op.getValue().isObject() || op.getKey().equals("parameters")) continue;
        String method = op.getKey().toUpperCase();
        String url = path.getKey().replaceAll("\\{[^}]+}", "1");
        for (JsonNode p : op.getValue().path("parameters")) {
          String kind = kind(p.path("schema"));
          if (kind == null || !"query".equals(p.path("in").asText())) continue;
          String name = p.path("name").asText();
          for (String v : kind.equals("date") ? DATES : INSTANTS) {
            assertRefused(
                as(admin).queryParam(name, v).request(method, url),
                method + " " + url + "?" + name + "=" + v,
                name);
          }
          walked.add(method + " " + path.getKey() + " ?" + name);
        }
        for (Iterator<Map.Entry<String, JsonNode>> media =
                op.getValue().path("requestBody").path("content").fields();
            media.hasNext(); ) {
          var m = media.next();
          // Merge patches are applied to the stored record first (404 for a made-up id), whichever
          // media type
          // they come as; their fields are the PUT bodies' fields, which are walked.
          if (!m.getKey().equals("application/json") || method.equals("PATCH")) continue;
          JsonNode body = resolve(m.getValue().path("schema"), schemas);
          boolean list = body.path("type").asText().equals("array");
          if (list) body = resolve(body.path("items"), schemas);
          for (Iterator<Map.Entry<String, JsonNode>> props = body.path("properties").fields();
              props.hasNext(); ) {
            var prop = props.next();
            String kind = kind(prop.getValue());
            if (kind == null) continue;
            for (String v : kind.equals("date") ? DATES : INSTANTS) {
              Object json = list ? List.of(Map.of(prop.getKey(), v)) : Map.of(prop.getKey(), v);
              Response r =
                  as(admin)
                      .contentType(m.getKey())
                      .header("If-Match", "\"0\"")
                      .body(json)
                      .request(method, url);
              assertRefused(
                  r,
                  method + " " + url + " {" + prop.getKey() + ": " + v + "}",
                  list ? "[0]." + prop.getKey() : prop.getKey());
            }
            walked.add(method + " " + path.getKey() + " {" + prop.getKey() + "}");
          }
        }
      }
    }
    // The ones the range was first missed on, among many.
    for (String known :
        List.of(
            "GET /api/v1/pipeline/stuck ?asOf",
            "GET /api/v1/pipeline/metrics ?from",
            "GET /api/v1/pipeline/funnel ?asOf",
            "GET /api/v1/analytics/pareto ?asOf",
            "POST /api/v1/classification/runs {asOf}",
            "GET /api/v1/activities/cadence-findings ?asOf")) {
      assertTrue(walked.contains(known), known + " among " + walked);
    }
    assertTrue(
        walked.stream().anyMatch(w -> w.endsWith("{occurredOn}")),
        "activity bodies walked: " + walked);
  }

  @Test
  void theEdgesOfTheRangeAreAccepted() {
    TestUser admin = users.create(Role.ADMIN);
    for (String d : List.of("1900-01-01", "2200-12-31")) {
      as(admin).get("/api/v1/pipeline/metrics?from=" + d + "&to=" + d).then().statusCode(200);
    }
    as(admin)
        .get("/api/v1/pipeline/funnel?mode=snapshot&asOf=2200-12-31T23:59:59Z")
        .then()
        .statusCode(200);
  }

  @Test
  void aMalformedDateNamesTheParameter() {
    Response r =
        as(users.create(Role.ADMIN)).get("/api/v1/pipeline/metrics?from=2026-13-01&to=2026-12-31");
    assertEquals(400, r.statusCode());
    assertEquals("from", r.jsonPath().getString("errors[0].field"));
  }

  private static void assertRefused(Response r, String what, String field) {
    assertEquals(400, r.statusCode(), what + " → " + r.asString());
    assertTrue(
        r.contentType().startsWith("application/problem+json"), what + " → " + r.contentType());
    assertEquals(field, r.jsonPath().getString("errors[0].field"), what + " → " + r.asString());
    String message = r.jsonPath().getString("errors[0].message");
    assertTrue(message.contains("1900") && message.contains("2200"), what + " → " + message);
    assertFalse(r.asString().contains("Exception"), what + " leaks " + r.asString());
  }

  private static RequestSpecification as(TestUser u) {
    return given()
        .auth()
        .preemptive()
        .basic(u.email(), TestUsers.PASSWORD)
        .contentType("application/json")
        .accept("application/json");
  }

  /** "date", "instant" or null for any other schema. */
  private static String kind(JsonNode schema) {
    String ref = schema.path("$ref").asText();
    String format = schema.path("format").asText();
    if (ref.endsWith("/LocalDate") || format.equals("date")) return "date";
    if (ref.endsWith("/Instant") || format.equals("date-time")) return "instant";
    return null;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
    String ref = schema.path("$ref").asText();
    return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
