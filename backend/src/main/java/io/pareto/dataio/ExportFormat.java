package io.pareto.dataio;

/**
 * The two export formats: CSV for spreadsheets and BI loaders, NDJSON (one JSON object per line)
 * for pipelines.
 */
public enum ExportFormat {
  CSV("text/csv", "csv"),
  NDJSON("application/x-ndjson", "ndjson");

  public final String mediaType;
  public final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }
}
