package io.pareto.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.account.Category;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendationTest {
  @Test
  void promoteMakesKeyAndDemoteTakesKeyBackToNormal() {
    assertEquals(Optional.of(Category.KEY), Recommendation.PROMOTE.targetFrom(Category.NORMAL));
    assertEquals(Optional.of(Category.KEY), Recommendation.PROMOTE.targetFrom(Category.TARGET));
    assertEquals(Optional.empty(), Recommendation.PROMOTE.targetFrom(Category.KEY));
    assertEquals(Optional.of(Category.NORMAL), Recommendation.DEMOTE.targetFrom(Category.KEY));
    assertEquals(Optional.empty(), Recommendation.DEMOTE.targetFrom(Category.NORMAL));
    assertEquals(Optional.empty(), Recommendation.KEEP.targetFrom(Category.KEY));
  }
}
