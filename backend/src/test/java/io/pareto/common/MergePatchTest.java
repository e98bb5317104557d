package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** RFC 7386 examples. */
class MergePatchTest {
  final ObjectMapper json = new ObjectMapper();

  JsonNode merge(String target, String patch) throws Exception {
    return MergePatch.merge(json.readTree(target), json.readTree(patch));
  }

  @Test
  void replacesAddsAndRemoves() throws Exception {
    assertEquals(
        json.readTree("{\"a\":\"z\",\"c\":{\"d\":\"e\"}}"),
        merge("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}", "{\"a\":\"z\",\"c\":{\"f\":null}}"));
    assertEquals(
        json.readTree("{\"a\":\"b\",\"b\":\"c\"}"), merge("{\"a\":\"b\"}", "{\"b\":\"c\"}"));
    assertEquals(json.readTree("{}"), merge("{\"a\":\"b\"}", "{\"a\":null}"));
  }

  @Test
  void arraysAreReplacedWhole() throws Exception {
    assertEquals(json.readTree("{\"a\":[1]}"), merge("{\"a\":[1,2]}", "{\"a\":[1]}"));
  }
}
