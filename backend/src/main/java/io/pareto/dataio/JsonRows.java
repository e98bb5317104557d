package io.pareto.dataio;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pareto.common.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON array of flat objects, read token by token; each object is one row with the CSV's columns.
 */
public final class JsonRows implements RowSource {
  /** Marks a cell that held an object or array instead of a scalar. */
  public static final String NOT_SCALAR = "\u0000not-scalar";

  private final JsonParser parser;
  private long number;

  public JsonRows(ObjectMapper mapper, InputStream in) throws IOException {
    this.parser = mapper.getFactory().createParser(in);
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw ProblemException.badRequest("body", "must be a JSON array of objects (or text/csv)");
    }
  }

  @Override
  public Row next() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null || t == JsonToken.END_ARRAY) return null;
    number++;
    if (t != JsonToken.START_OBJECT) {
      throw ProblemException.badRequest(
          "body", "element " + number + " of the array is not an object");
    }
    Map<String, String> cells = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken v = parser.nextToken();
      if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
        parser.skipChildren();
        cells.put(name, NOT_SCALAR);
      } else {
        cells.put(name, v == JsonToken.VALUE_NULL ? null : parser.getText());
      }
    }
    return new Row(number, cells);
  }
}
