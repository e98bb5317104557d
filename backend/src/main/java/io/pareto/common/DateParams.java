package io.pareto.common;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Date and instant parameters: parsed here so a malformed or out-of-range value ({@link DateRange})
 * is a 400 naming the parameter, not a 404 ("no such resource") or a 500 from date arithmetic
 * further down.
 */
@Provider
public class DateParams implements ParamConverterProvider {
  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = name(annotations);
    if (rawType == LocalDate.class)
      return (ParamConverter<T>) new Converter<>(name, DateParams::date, "a date (YYYY-MM-DD)");
    if (rawType == Instant.class) {
      return (ParamConverter<T>)
          new Converter<>(name, DateParams::instant, "an instant (e.g. 2026-10-01T00:00:00Z)");
    }
    return null;
  }

  private static LocalDate date(String field, String s) {
    return DateRange.require(field, LocalDate.parse(s));
  }

  private static Instant instant(String field, String s) {
    Instant i;
    try {
      i = Instant.parse(s);
    } catch (DateTimeParseException e) {
      i = OffsetDateTime.parse(s).toInstant(); // an offset other than Z
    }
    return DateRange.require(field, i);
  }

  private static String name(Annotation[] annotations) {
    if (annotations != null) {
      for (Annotation a : annotations) {
        if (a instanceof QueryParam q) return q.value();
        if (a instanceof PathParam p) return p.value();
        if (a instanceof HeaderParam h) return h.value();
        if (a instanceof FormParam f) return f.value();
        if (a instanceof CookieParam c) return c.value();
      }
    }
    return "date";
  }

  private interface Parser<T> {
    T parse(String field, String s);
  }

  private record Converter<T>(String name, Parser<T> parser, String expected)
      implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) return null;
      try {
        return parser.parse(name, value.trim());
      } catch (DateTimeParseException e) {
        throw ProblemException.badRequest(
            name, "'" + value + "' is not " + expected + " that " + DateRange.MESSAGE);
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
