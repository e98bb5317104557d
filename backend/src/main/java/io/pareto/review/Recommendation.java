package io.pareto.review;

import io.pareto.account.Category;
import java.util.Optional;

/** The outcome of a key-account review (docs/method.md §11: 优胜劣汰 — promote, keep, or demote). */
public enum Recommendation {
  KEEP,
  PROMOTE,
  DEMOTE,
  /**
   * Keep the category for now but look again: no override, the decision note says what to watch.
   */
  WATCH;

  /**
   * The category an accepted recommendation moves the account to: PROMOTE makes it KEY, DEMOTE
   * takes a KEY account back to NORMAL (serviced and grown, §2). Empty when nothing changes.
   */
  public Optional<Category> targetFrom(Category current) {
    return switch (this) {
      case KEEP, WATCH -> Optional.empty();
      case PROMOTE -> current == Category.KEY ? Optional.empty() : Optional.of(Category.KEY);
      case DEMOTE -> current == Category.KEY ? Optional.of(Category.NORMAL) : Optional.empty();
    };
  }
}
