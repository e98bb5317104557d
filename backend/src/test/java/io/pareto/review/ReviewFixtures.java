package io.pareto.review;

import java.util.HashMap;
import java.util.Map;

/** Review request bodies. */
public final class ReviewFixtures {
  private ReviewFixtures() {}

  public static Map<String, Object> scores(String recommendation) {
    Map<String, Object> m = new HashMap<>();
    m.put("contributionRevenue", 2);
    m.put("contributionProfit", 1);
    m.put("contributionBrand", 3);
    m.put("contributionComment", "利润贡献连续两季度下滑");
    m.put("potential", 2);
    m.put("satisfaction", 3);
    m.put("loyalty", 2);
    m.put("loyaltyComment", "开始引入竞争对手");
    m.put("recommendation", recommendation);
    return m;
  }

  public static Map<String, Object> decision(boolean accept, String note) {
    Map<String, Object> m = new HashMap<>();
    m.put("accept", accept);
    if (note != null) m.put("note", note);
    return m;
  }
}
