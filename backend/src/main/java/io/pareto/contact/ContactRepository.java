package io.pareto.contact;

import io.pareto.common.Keyset;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, Long> {
  /** Layers sort top-down (EXECUTIVE first), not alphabetically. */
  static final String LAYER_ORDER =
      "case c.layer when io.pareto.contact.Layer.EXECUTIVE then 0"
          + " when io.pareto.contact.Layer.DECISION then 1 when io.pareto.contact.Layer.IMPLEMENTATION then 2 else 3 end";

  private static final Set<String> NULLABLE = Set.of("title", "lastContactedOn");

  static final Map<String, String> SORTS =
      Map.of(
          "name",
          "c.name",
          "layer",
          LAYER_ORDER,
          "title",
          "c.title",
          "lastContactedOn",
          "c.lastContactedOn",
          "createdAt",
          "c.createdAt",
          "updatedAt",
          "c.updatedAt");

  public Optional<Contact> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select c from Contact c join fetch c.account a where c.id = :id and "
                    + scope.jpql("a"),
                Contact.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public Page<Contact> page(
      AccountScope scope, Long accountId, Layer layer, String text, PageRequest page) {
    StringBuilder where = new StringBuilder(" where ").append(scope.jpql("a"));
    Map<String, Object> params = new HashMap<>(scope.params());
    if (accountId != null) {
      where.append(" and a.id = :acc");
      params.put("acc", accountId);
    }
    if (layer != null) {
      where.append(" and c.layer = :layer");
      params.put("layer", layer);
    }
    if (text != null && !text.isBlank()) {
      where.append(" and (lower(c.name) like :q or lower(c.title) like :q)");
      params.put("q", "%" + text.trim().toLowerCase() + "%");
    }
    return Keyset.of(page, SORTS, NULLABLE, "layer,name", "c.id")
        .page(
            getEntityManager(),
            Contact.class,
            "c",
            "from Contact c join fetch c.account a",
            "from Contact c join c.account a",
            where.toString(),
            params,
            page);
  }

  /** (id, reportsToId) of every contact of an account, for the reportsTo cycle check. */
  /** A contact and whom it reports to (null: nobody). */
  public record ReportingLine(Long contactId, Long reportsToId) {}

  public java.util.List<ReportingLine> reportingLines(long accountId) {
    return Rows.as(
        ReportingLine.class,
        getEntityManager()
            .createQuery(
                "select c.id as contactId, c.reportsToId as reportsToId from Contact c"
                    + " where c.account.id = :acc",
                Tuple.class)
            .setParameter("acc", accountId)
            .getResultList());
  }

  /** An account's contacts with their roles in one statement, in id order. */
  public java.util.List<Contact> ofAccount(long accountId) {
    return getEntityManager()
        .createQuery(
            "select distinct c from Contact c left join fetch c.roles where c.account.id = :acc"
                + " order by c.id",
            Contact.class)
        .setParameter("acc", accountId)
        .getResultList();
  }

  public Optional<Contact> findByExternalId(String externalId) {
    return find("externalId", externalId).firstResultOptional();
  }
}
