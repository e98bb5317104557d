package io.pareto.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A request body read once to fingerprint it and handed on to the resource. Small bodies stay in
 * memory; a large import spills to a temporary file, deleted when the resource closes its stream.
 */
final class SpooledBody {
  private static final int IN_MEMORY = 4 * 1024 * 1024;

  private final byte[] memory;
  private final Path file;
  private final byte[] sha256;

  private SpooledBody(byte[] memory, Path file, byte[] sha256) {
    this.memory = memory;
    this.file = file;
    this.sha256 = sha256;
  }

  static SpooledBody read(InputStream in) throws IOException {
    MessageDigest digest = digest();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    while (head.size() < IN_MEMORY && (n = in.read(buffer)) > 0) {
      head.write(buffer, 0, n);
      digest.update(buffer, 0, n);
    }
    if (head.size() < IN_MEMORY) return new SpooledBody(head.toByteArray(), null, digest.digest());
    Path file = Files.createTempFile("pareto-body-", ".bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      head.writeTo(out);
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new SpooledBody(null, file, digest.digest());
  }

  InputStream stream() throws IOException {
    return memory != null
        ? new ByteArrayInputStream(memory)
        : Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
  }

  byte[] sha256() {
    return sha256;
  }

  static byte[] sha256(byte[]... parts) {
    MessageDigest d = digest();
    for (byte[] p : parts) d.update(p);
    return d.digest();
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
