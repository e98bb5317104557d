package io.pareto.dataio;

import io.pareto.common.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses a body larger than the configured import size with 413, even when it arrives chunked. */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long read;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  static ProblemException tooLarge(long limit) {
    return new ProblemException(
        ProblemException.Kind.TOO_LARGE,
        "TOO_LARGE",
        "The body is larger than the import limit of "
            + limit
            + " bytes (pareto.import.max-body-size); split the file",
        null,
        limit);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) count(1);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) count(n);
    return n;
  }

  private void count(long n) {
    read += n;
    if (read > limit) throw tooLarge(limit);
  }
}
