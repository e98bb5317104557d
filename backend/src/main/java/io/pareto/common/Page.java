package io.pareto.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. `page` is 0-based; `total` counts every match, not just this page;
 * `nextCursor`, where the list supports cursors, continues right after this page's last row.
 */
public record Page<T>(
    @Schema(required = true) List<T> items,
    @Schema(required = true, example = "0") int page,
    @Schema(required = true, example = "50") int size,
    @Schema(required = true, example = "1234") long total,
    @Schema(
            description =
                "Pass as `after` for the next page; absent on the last page (or where the list has"
                    + " no cursor)",
            example = "eyJzIjoibmFtZSIsImsiOlsiYWJjIiwiNDIiXX0")
        String nextCursor) {

  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, null);
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), page, size, total, nextCursor);
  }
}
