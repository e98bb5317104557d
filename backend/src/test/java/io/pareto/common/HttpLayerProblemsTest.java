package io.pareto.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the HTTP layer refuses before any resource runs is still answered as problem+json. */
@QuarkusTest
class HttpLayerProblemsTest {
  @Inject TestUsers users;

  @TestHTTPResource("/")
  URI root;

  /** The raw answer to a hand-written request: headers and body as text. */
  private String raw(String request) throws Exception {
    try (Socket s = new Socket(root.getHost(), root.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aBodyOverTheLimitIs413ProblemJsonWithoutReadingIt() throws Exception {
    String answer =
        raw(
            "POST /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 900000000\r\nConnection: close\r\n\r\n{");
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    assertTrue(
        answer.contains("\"status\":413")
            && answer.contains("payload-too-large")
            && answer.contains("900000000 bytes"),
        answer);
  }

  @Test
  void aUriOverTheLimitIs414ProblemJson() {
    var admin = users.create(Role.ADMIN);
    Api.as(admin)
        .queryParam("q", "长".repeat(3000))
        .get("/api/v1/accounts")
        .then()
        .statusCode(414)
        .contentType("application/problem+json")
        .body("status", equalTo(414))
        .body("type", equalTo(ProblemException.TYPE_BASE + "uri-too-long"))
        .body("detail", containsString("8192"));
    // A long URI within the limit is fine (the decoder alone used to stop at 4,096 characters).
    Api.as(admin).queryParam("q", "x".repeat(6000)).get("/api/v1/accounts").then().statusCode(200);
  }

  @Test
  void headersOverTheLimitAre431ProblemJson() {
    given()
        .header("X-Padding", "p".repeat(30_000))
        .get("/api/v1/accounts")
        .then()
        .statusCode(431)
        .contentType("application/problem+json")
        .body("status", equalTo(431))
        .body("type", equalTo(ProblemException.TYPE_BASE + "headers-too-large"));
  }
}
