package io.pareto.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;

/** Exact decimal reads of report responses (REST Assured would read money as float). */
final class Json {
  private final JsonPath path;

  Json(Response response) {
    this.path =
        JsonPath.from(response.asString())
            .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  /** Compares numerically ("0.5" equals 0.50); null expects JSON null or absent. */
  Json eq(String p, String expected) {
    Object actual = path.get(p);
    if (expected == null) {
      assertNull(actual, p);
      return this;
    }
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
        p + ": expected " + expected + " but was " + actual);
    return this;
  }

  Json is(String p, Object expected) {
    assertEquals(expected, path.get(p), p);
    return this;
  }

  <T> T get(String p) {
    return path.get(p);
  }
}
