package io.pareto.common;

/**
 * Failures JAX-RS raises itself (no such path, wrong method or media type) as problems with a code.
 */
final class HttpProblems {
  private HttpProblems() {}

  static ProblemException of(int status, String message) {
    String code =
        switch (status) {
          case 401 -> "UNAUTHORIZED";
          case 403 -> "ROLE_FORBIDDEN";
          case 404 -> "NO_SUCH_PATH";
          case 405 -> "METHOD_NOT_ALLOWED";
          case 406 -> "NOT_ACCEPTABLE";
          case 415 -> "UNSUPPORTED_MEDIA_TYPE";
          default -> "HTTP_" + status;
        };
    String detail = status == 404 ? "No resource at this path" : message;
    return new ProblemException(
        status, code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), null, detail, null);
  }
}
