package io.pareto.timeline;

import io.pareto.account.AccountService;
import io.pareto.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An account's story in one list: visits, deal stage changes, category changes and plan changes.
 */
@ApplicationScoped
public class TimelineService {
  private final AccountService accounts;
  private final TimelineQueries queries;

  public TimelineService(AccountService accounts, TimelineQueries queries) {
    this.accounts = accounts;
    this.queries = queries;
  }

  /** Newest first; 404 for an account outside the caller's scope. */
  public Page<TimelineEntryDto> forAccount(long accountId, int page, int size) {
    accounts.requireVisible(accountId);
    TimelineQueries.Slice slice = queries.page(accountId, page, size);
    return new Page<>(slice.items(), page, size, slice.total());
  }
}
