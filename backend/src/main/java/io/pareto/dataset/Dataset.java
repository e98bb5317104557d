package io.pareto.dataset;

import io.pareto.common.ProblemException;
import java.util.Arrays;
import java.util.Locale;

/** What can be imported and exported in bulk; the lower-case name is the path segment. */
public enum Dataset {
  ACCOUNTS,
  CONTACTS,
  FACTS,
  OPPORTUNITIES,
  USERS;

  /** The path segments, for the OpenAPI enumeration. */
  public static final String PATH_VALUES = "accounts, contacts, facts, opportunities, users";

  public String path() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "accounts" → ACCOUNTS; anything else is a 404, as for any unknown path. */
  public static Dataset fromPath(String segment) {
    return Arrays.stream(values())
        .filter(d -> d.path().equals(segment))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemException.Kind.NOT_FOUND,
                    "UNKNOWN_DATASET",
                    "No dataset '" + segment + "'; one of " + PATH_VALUES,
                    null,
                    segment,
                    PATH_VALUES));
  }
}
