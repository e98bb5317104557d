package io.pareto.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** A SWOT list stored as a JSON array: it is only ever read and written with its plan. */
@Converter
public class StringListJson implements AttributeConverter<List<String>, String> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String convertToDatabaseColumn(List<String> list) {
    try {
      return JSON.writeValueAsString(list == null ? List.of() : list);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<String> convertToEntityAttribute(String json) {
    try {
      return json == null
          ? new ArrayList<>()
          : JSON.readValue(json, new TypeReference<ArrayList<String>>() {});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
