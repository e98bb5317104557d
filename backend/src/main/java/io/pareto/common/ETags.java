package io.pareto.common;

/** Optimistic concurrency on the wire: the ETag is the entity's version, If-Match must name it. */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** Parses an If-Match header; missing → 428, unparsable → 412 (it cannot match any version). */
  public static long requireVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) throw ProblemException.preconditionRequired();
    String v = ifMatch.trim();
    if (v.startsWith("W/")) v = v.substring(2);
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new ProblemException(
          ProblemException.Kind.STALE_VERSION,
          "IF_MATCH_UNKNOWN",
          "If-Match '" + ifMatch + "' does not name a version of this resource",
          null,
          ifMatch);
    }
  }

  public static void check(long expected, long actual) {
    if (expected != actual) throw ProblemException.staleVersion(expected, actual);
  }
}
