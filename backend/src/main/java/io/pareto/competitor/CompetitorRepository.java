package io.pareto.competitor;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.SortSpec;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The catalogue is shared by every account, so it is not scoped by account visibility. */
@ApplicationScoped
public class CompetitorRepository implements PanacheRepositoryBase<Competitor, Long> {
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
    var rows =
        getEntityManager()
            .createQuery(
                "select c from Competitor c"
                    + where
                    + SortSpec.orderBy(page.sort, SORTS, "name", "c.id"),
                Competitor.class);
    var count =
        getEntityManager().createQuery("select count(c) from Competitor c" + where, Long.class);
    params.forEach(
        (k, v) -> {
          rows.setParameter(k, v);
          count.setParameter(k, v);
        });
    return new Page<>(
        rows.setFirstResult(page.offset()).setMaxResults(page.size).getResultList(),
        page.page,
        page.size,
        count.getSingleResult());
  }

  public Optional<Competitor> findByName(String name) {
    return find("name", name).firstResultOptional();
  }
}
