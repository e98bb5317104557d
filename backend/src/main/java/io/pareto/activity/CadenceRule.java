package io.pareto.activity;

import io.pareto.account.Category;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Maximum days between visits per category (docs/method.md §10: regular visits of every KA). {@code
 * pareto.cadence.visit-days.KEY=30} by default; other categories only when configured.
 */
@ApplicationScoped
public class CadenceRule {
  private final Map<Category, Integer> days = new EnumMap<>(Category.class);

  public CadenceRule(Config config) {
    for (Category c : Category.values()) {
      Optional<Integer> d =
          config.getOptionalValue("pareto.cadence.visit-days." + c.name(), Integer.class);
      d.or(() -> c == Category.KEY ? Optional.of(30) : Optional.empty())
          .filter(v -> v > 0)
          .ifPresent(v -> days.put(c, v));
    }
  }

  public Map<Category, Integer> visitDays() {
    return days;
  }
}
