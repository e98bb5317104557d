package io.pareto.competitor;

import io.pareto.common.Keyset;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalogue is shared by every account, so it is not scoped by account visibility. */
@ApplicationScoped
public class CompetitorRepository implements PanacheRepositoryBase<Competitor, Long> {
  private static final Set<String> NULLABLE = Set.of("tier", "priceLevel");

  static final Map<String, String> SORTS =
      Map.of(
          "name",
          "c.name",
          "tier",
          "c.tier",
          "priceLevel",
          "c.priceLevel",
          "createdAt",
          "c.createdAt",
          "updatedAt",
          "c.updatedAt");

  public Page<Competitor> page(CompetitorTier tier, String text, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (tier != null) {
      where.append(" and c.tier = :tier");
      params.put("tier", tier);
    }
    if (text != null && !text.isBlank()) {
      where.append(" and (lower(c.name) like :q or lower(c.brand) like :q)");
      params.put("q", "%" + text.trim().toLowerCase() + "%");
    }
    return Keyset.of(page, SORTS, NULLABLE, "name", "c.id")
        .page(
            getEntityManager(),
            Competitor.class,
            "c",
            "from Competitor c",
            "from Competitor c",
            where.toString(),
            params,
            page);
  }

  public Optional<Competitor> findByName(String name) {
    return find("name", name).firstResultOptional();
  }
}
