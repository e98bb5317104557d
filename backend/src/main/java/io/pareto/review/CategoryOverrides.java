package io.pareto.review;

import io.pareto.account.Category;
import java.time.LocalDate;

/**
 * Where an accepted PROMOTE/DEMOTE goes: a classification override with the review as its reason.
 * The classification feature provides the real implementation; {@link AccountCategoryOverride}
 * stands in until it is wired.
 */
public interface CategoryOverrides {
  void set(long accountId, Category category, String reason, LocalDate expiresOn);
}
