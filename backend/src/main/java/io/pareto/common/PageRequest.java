package io.pareto.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging and sorting query parameters shared by every list endpoint. */
public class PageRequest {
  public static final int MAX_SIZE = 500;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Parameter(description = "0-based page number")
  public int page;

  @QueryParam("size")
  @DefaultValue("50")
  @Min(1)
  @Max(MAX_SIZE)
  @Parameter(description = "Page size, 1..500 (larger is refused with 400, not clamped)")
  public int size;

  @QueryParam("sort")
  @Parameter(
      description =
          "Comma-separated sort fields from the endpoint's whitelist; prefix with - for descending",
      example = "-updatedAt,name")
  public String sort;

  @QueryParam("after")
  @Parameter(
      description =
          "Opaque cursor from a previous page's nextCursor: the page starts right after that row"
              + " and page is ignored. Cursors survive inserts and deletes between pages; use the"
              + " same sort (and filters) as the page that gave it.")
  public String after;

  public PageRequest() {}

  public PageRequest(int page, int size, String sort) {
    this.page = page;
    this.size = size;
    this.sort = sort;
  }

  public int offset() {
    return page * size;
  }
}
