package io.pareto.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and instants in JSON bodies: Jackson's own parsing, then the {@link DateRange} check, so an
 * out-of-range value is a 400 naming the field (JsonProblems) instead of being stored or failing
 * later.
 */
@Singleton
public class DateBodies implements ObjectMapperCustomizer {
  /**
   * Raised for a date outside the range or no date at all; carries the path Jackson adds on the way
   * out.
   */
  public static final class BadDate extends JsonMappingException {
    BadDate(JsonParser p, String message) {
      super(p, message);
    }
  }

  /** Last, after Quarkus registers the java.time module: the module registered last wins. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule m = new SimpleModule("pareto-date-range");
    m.addDeserializer(
        LocalDate.class,
        new Checked<>(LocalDateDeserializer.INSTANCE, "a date (YYYY-MM-DD)") {
          @Override
          boolean contains(LocalDate v) {
            return DateRange.contains(v);
          }
        });
    m.addDeserializer(
        Instant.class,
        new Checked<>(InstantDeserializer.INSTANT, "an instant (e.g. 2026-10-01T00:00:00Z)") {
          @Override
          boolean contains(Instant v) {
            return DateRange.contains(v);
          }
        });
    mapper.registerModule(m);
  }

  private abstract static class Checked<T> extends JsonDeserializer<T> {
    private final JsonDeserializer<T> parse;
    private final String expected;

    Checked(JsonDeserializer<T> parse, String expected) {
      this.parse = parse;
      this.expected = expected;
    }

    abstract boolean contains(T value);

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getText();
      T v;
      try {
        v = parse.deserialize(p, ctx);
      } catch (IOException | RuntimeException e) {
        throw new BadDate(p, "'" + text + "' is not " + expected + " that " + DateRange.MESSAGE);
      }
      if (!contains(v)) throw new BadDate(p, DateRange.MESSAGE + "; got " + v);
      return v;
    }

    @Override
    public Class<?> handledType() {
      return parse.handledType();
    }
  }
}
