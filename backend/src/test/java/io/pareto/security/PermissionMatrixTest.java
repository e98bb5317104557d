package io.pareto.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pareto.security.SecurityFixtures.Records;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation the running app publishes in /q/openapi (so endpoints added later are
 * covered without touching this test) and checks the access rules: unauthenticated → 401; READONLY
 * write → 403; a REP on another rep's account or its contacts/opportunities/facts → 404; a MANAGER
 * outside the owning team → 404. A 403 there is accepted only when the caller's role is refused on
 * their own records too (a role rule that reveals nothing about the record). An operation left
 * without a security rule answers 2xx to the anonymous call and fails this test.
 */
@QuarkusTest
class PermissionMatrixTest {
  /** Signing in and out is open to everyone by design. */
  private static final Set<String> PUBLIC =
      Set.of("POST /api/v1/session", "DELETE /api/v1/session");

  private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  @Inject TestUsers users;
  private final ObjectMapper json = new ObjectMapper();
  private JsonNode doc;

  @Test
  void everyOperationEnforcesAuthenticationRoleAndRecordScope() throws Exception {
    doc =
        json.readTree(
            given()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    long teamA = users.team("matrix A");
    long teamB = users.team("matrix B");
    TestUser admin = users.create(Role.ADMIN);
    TestUser owner = users.create(Role.REP, teamA);
    TestUser rep = users.create(Role.REP, teamA);
    TestUser managerB = users.create(Role.MANAGER, teamB);
    TestUser repB = users.create(Role.REP, teamB);
    TestUser readonly = users.create(Role.READONLY);
    Records foreign = SecurityFixtures.recordsOf(admin, owner, "matrix foreign");
    Records repOwn = SecurityFixtures.recordsOf(admin, rep, "matrix rep own");
    Records managerOwn = SecurityFixtures.recordsOf(admin, repB, "matrix team B");

    List<String> failures = new ArrayList<>();
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) continue;
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey();
        if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) continue;
        operations++;
        String name = method.toUpperCase() + " " + path.getKey();
        if (PUBLIC.contains(name)) continue;
        Operation o = new Operation(method, path.getKey(), op.getValue());

        int anonymous =
            o.send(Api.anonymous().header("X-Requested-With", "XMLHttpRequest"), foreign)
                .statusCode();
        if (anonymous != 401)
          failures.add(name + ": unauthenticated answered " + anonymous + ", expected 401");

        if (WRITES.contains(method)) {
          int ro = o.send(Api.as(readonly), foreign).statusCode();
          if (ro != 403) failures.add(name + ": READONLY write answered " + ro + ", expected 403");
        }
        if (o.targetsRecords()) {
          checkOutOfScope(failures, name, o, rep, foreign, repOwn);
          checkOutOfScope(failures, name, o, managerB, foreign, managerOwn);
        }
      }
    }
    assertTrue(
        operations > 20,
        "expected the whole API in /q/openapi, found " + operations + " operations");
    assertTrue(
        failures.isEmpty(),
        failures.size() + " access rule violations:\n" + String.join("\n", failures));
  }

  private void checkOutOfScope(
      List<String> failures, String name, Operation o, TestUser who, Records foreign, Records own) {
    int status = o.send(Api.as(who), foreign).statusCode();
    if (status == 404) return;
    if (status == 403) {
      int onOwn = o.send(Api.as(who), own).statusCode();
      if (onOwn == 403) return; // the role may never do this: nothing is revealed about the record
      failures.add(
          name
              + ": "
              + who.role()
              + " out of scope answered 403 but "
              + onOwn
              + " in scope; expected 404");
      return;
    }
    failures.add(name + ": " + who.role() + " out of scope answered " + status + ", expected 404");
  }

  /**
   * One operation of the contract, able to fill its path, query and body with a set of record ids.
   */
  private final class Operation {
    final String method;
    final String template;
    final JsonNode spec;

    Operation(String method, String template, JsonNode spec) {
      this.method = method;
      this.template = template;
      this.spec = spec;
    }

    /** Whether a path parameter names an account or one of its children. */
    boolean targetsRecords() {
      Matcher m = PARAM.matcher(template);
      while (m.find()) {
        if (kind(m.group(1), m.start()) != null) return true;
      }
      return false;
    }

    /**
     * account, contact, opportunity, fact — or null — from the parameter's name or the segment
     * before it.
     */
    String kind(String param, int at) {
      String before = template.substring(0, at);
      String[] segs = before.split("/");
      String prev = segs.length == 0 ? "" : segs[segs.length - 1];
      for (String k : List.of("account", "contact", "opportunit", "fact")) {
        if (param.equals(k + "Id")
            || param.equals(k.replace("opportunit", "opportunity") + "Id")
            || (param.equals("id") && prev.startsWith(k))) {
          return k;
        }
      }
      return null;
    }

    long idOf(String kind, Records r) {
      return switch (kind) {
        case "account" -> r.account();
        case "contact" -> r.contact();
        case "opportunit" -> r.opportunity();
        case "fact" -> r.fact();
        default -> throw new IllegalArgumentException(kind);
      };
    }

    Response send(RequestSpecification request, Records r) {
      StringBuilder path = new StringBuilder();
      Matcher m = PARAM.matcher(template);
      int last = 0;
      while (m.find()) {
        path.append(template, last, m.start());
        String kind = kind(m.group(1), m.start());
        path.append(
            kind != null
                ? idOf(kind, r)
                : m.group(1).toLowerCase().contains("user") ? r.user() : 1);
        last = m.end();
      }
      path.append(template.substring(last));
      for (JsonNode p : spec.path("parameters")) {
        JsonNode param = resolve(p);
        if ("query".equals(param.path("in").asText()) && param.path("required").asBoolean()) {
          request.queryParam(
              param.path("name").asText(),
              sample(param.path("schema"), param.path("name").asText(), r, 0));
        }
      }
      request.header("If-Match", "\"0\"");
      JsonNode content = resolve(spec.path("requestBody")).path("content");
      if (content.has("application/json")) {
        request
            .contentType("application/json")
            .body(sample(content.path("application/json").path("schema"), "", r, 0));
      } else if (content.size() > 0) {
        String type = content.fieldNames().next();
        request
            .contentType(type)
            .body(
                type.contains("merge-patch")
                    ? Map.of()
                    : sample(content.path(type).path("schema"), "", r, 0));
      }
      return request.request(method.toUpperCase(), path.toString());
    }

    /**
     * A value the schema accepts: its example, else a minimal value; ids named after a kind point
     * at the records.
     */
    Object sample(JsonNode schema, String name, Records r, int depth) {
      schema = resolve(schema);
      if (name.equals("accountId")) return r.account();
      if (name.equals("contactId")) return r.contact();
      if (name.equals("opportunityId")) return r.opportunity();
      if (schema.has("examples") && schema.path("examples").size() > 0)
        return json.convertValue(schema.path("examples").get(0), Object.class);
      if (schema.has("example")) return json.convertValue(schema.path("example"), Object.class);
      if (schema.has("enum")) return json.convertValue(schema.path("enum").get(0), Object.class);
      String type = schema.path("type").asText("object");
      String format = schema.path("format").asText("");
      switch (type) {
        case "string":
          return format.equals("date")
              ? "2026-01-01"
              : format.equals("date-time") ? "2030-01-01T00:00:00Z" : "matrix";
        case "integer":
        case "number":
          return schema.has("minimum") ? schema.path("minimum").asLong() : 1;
        case "boolean":
          return false;
        case "array":
          return List.of();
        default:
          Map<String, Object> out = new LinkedHashMap<>();
          if (depth > 4) return out;
          for (JsonNode req : schema.path("required")) {
            out.put(
                req.asText(),
                sample(schema.path("properties").path(req.asText()), req.asText(), r, depth + 1));
          }
          return out;
      }
    }

    JsonNode resolve(JsonNode node) {
      while (node.has("$ref")) {
        String[] parts = node.path("$ref").asText().substring(2).split("/");
        JsonNode target = doc;
        for (String part : parts) target = target.path(part);
        node = target;
      }
      return node;
    }
  }
}
