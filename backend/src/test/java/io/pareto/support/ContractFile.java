package io.pareto.support;

import java.nio.file.Path;

/**
 * Where the committed openapi.yaml is (the build passes its path; default: the repository root).
 */
public final class ContractFile {
  private ContractFile() {}

  public static Path path() {
    return Path.of(System.getProperty("pareto.openapi.committed", "../openapi.yaml"))
        .toAbsolutePath()
        .normalize();
  }
}
