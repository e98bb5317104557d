package io.pareto.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A password goes in, and never comes out: not in a response, not in a log line (DEBUG included).
 */
@QuarkusTest
class PasswordSecrecyTest {
  @Inject TestUsers users;

  @Test
  void passwordsAppearInNoResponseAndNoLogLine() {
    String password = "Secret-" + java.util.UUID.randomUUID();
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            lines.add(
                r.getMessage()
                    + " "
                    + (r.getParameters() == null
                        ? ""
                        : java.util.Arrays.toString(r.getParameters()))
                    + " "
                    + (r.getThrown() == null ? "" : r.getThrown()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    // DEBUG for our code, Quarkus security and HTTP, and the SQL Hibernate sends.
    List<Logger> verbose =
        List.of(
            Logger.getLogger("io.pareto"),
            Logger.getLogger("io.quarkus.security"),
            Logger.getLogger("io.quarkus.vertx.http"),
            Logger.getLogger("org.hibernate.SQL"));
    List<Level> before =
        verbose.stream().map(l -> l.getLevel() == null ? Level.INFO : l.getLevel()).toList();
    root.addHandler(capture);
    verbose.forEach(l -> l.setLevel(Level.FINE));
    List<String> bodies = new ArrayList<>();
    try {
      Logger.getLogger("io.pareto.test").info("capture check");
      TestUser admin = users.create(Role.ADMIN);
      String email = "secret-" + java.util.UUID.randomUUID() + "@pareto.test";
      var created =
          Api.as(admin)
              .body(Map.of("email", email, "name", "保密", "role", "REP", "password", password))
              .post("/api/v1/users");
      bodies.add(created.asString());
      long id = created.then().statusCode(201).extract().jsonPath().getLong("id");
      bodies.add(Api.as(admin).get("/api/v1/users/" + id).asString());
      bodies.add(Api.as(admin).queryParam("q", email).get("/api/v1/users").asString());
      bodies.add(
          given()
              .header("X-Forwarded-For", "10.250.0.1")
              .contentType(ContentType.JSON)
              .body(Map.of("email", email, "password", password))
              .post("/api/v1/session")
              .asString());
      bodies.add(
          given()
              .header("X-Forwarded-For", "10.250.0.2")
              .contentType(ContentType.JSON)
              .body(Map.of("email", email, "password", password + "x"))
              .post("/api/v1/session")
              .asString());
      bodies.add(
          given()
              .header("X-Forwarded-For", "10.250.0.3")
              .contentType(ContentType.JSON)
              .body(Map.of("email", email, "password", password, "extra", 1))
              .post("/api/v1/session")
              .asString());
      bodies.add(
          Api.as(admin)
              .queryParam("entityType", "USER")
              .queryParam("entityId", String.valueOf(id))
              .get("/api/v1/audit")
              .asString());
    } finally {
      root.removeHandler(capture);
      for (int i = 0; i < verbose.size(); i++) verbose.get(i).setLevel(before.get(i));
    }
    assertEquals(7, bodies.size());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("capture check")),
        "the log capture does not work, so it proves nothing");
    for (String body : bodies)
      assertFalse(body.contains(password), "a response contains the password: " + body);
    for (String line : lines)
      assertFalse(line.contains(password), "a log line contains the password: " + line);
    for (String body : bodies)
      assertFalse(body.contains("$2a$"), "a response contains a bcrypt hash: " + body);
  }
}
