package io.pareto.activity;

import io.pareto.account.Category;
import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Activity queries; everything over accounts ANDs the caller's scope in. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, Long> {

  public Optional<Activity> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select v from Activity v, Account a where a.id = v.accountId and v.id = :id and "
                    + scope.jpql("a"),
                Activity.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  /** Newest first; only those about one deal when {@code opportunityId} is given. */
  public List<Activity> forAccount(long accountId, Long opportunityId, int offset, int size) {
    var q =
        getEntityManager()
            .createQuery(
                "select v from Activity v where v.accountId = :acc "
                    + (opportunityId == null ? "" : "and v.opportunityId = :opp ")
                    + "order by v.occurredOn desc, v.id desc",
                Activity.class)
            .setParameter("acc", accountId);
    if (opportunityId != null) q.setParameter("opp", opportunityId);
    return q.setFirstResult(offset).setMaxResults(size).getResultList();
  }

  public long countForAccount(long accountId, Long opportunityId) {
    return opportunityId == null
        ? count("accountId", accountId)
        : count("accountId = ?1 and opportunityId = ?2", accountId, opportunityId);
  }

  /** How many of the ids are contacts of the account (to refuse foreign contacts). */
  public long countContactsOf(long accountId, Collection<Long> contactIds) {
    return ((Number)
            getEntityManager()
                .createNativeQuery(
                    "select count(*) from contact where account_id = :acc and id in (:ids)")
                .setParameter("acc", accountId)
                .setParameter("ids", contactIds)
                .getSingleResult())
        .longValue();
  }

  public boolean opportunityOf(long accountId, long opportunityId) {
    return ((Number)
                getEntityManager()
                    .createNativeQuery(
                        "select count(*) from opportunity where account_id = :acc and id = :opp")
                    .setParameter("acc", accountId)
                    .setParameter("opp", opportunityId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /**
   * (id, last_contacted_on) of the contacts {@link #touchContacts} would move forward, for the
   * audit trail.
   */
  /** A contact whose last contact date an activity moves forward, with the date before. */
  public record Touched(long id, LocalDate lastContactedOn) {}

  public List<Touched> contactsToTouch(long accountId, Collection<Long> contactIds, LocalDate on) {
    return Rows.select(
        getEntityManager(),
        Touched.class,
        """
        select id, last_contacted_on
          from contact
         where account_id = :acc and id in (:ids)
           and (last_contacted_on is null or last_contacted_on < :on)
         order by id""",
        Map.of("on", on, "acc", accountId, "ids", contactIds));
  }

  /** Set-based: moves last_contacted_on forward only, bumping the version so ETags stay honest. */
  public int touchContacts(long accountId, Collection<Long> contactIds, LocalDate on) {
    return getEntityManager()
        .createNativeQuery(
            "update contact set last_contacted_on = :on, "
                + "version = version + 1, updated_at = current_timestamp where account_id = :acc and id in (:ids) "
                + "and (last_contacted_on is null or last_contacted_on < :on)")
        .setParameter("on", on)
        .setParameter("acc", accountId)
        .setParameter("ids", contactIds)
        .executeUpdate();
  }

  /**
   * Accounts whose category has a visit cadence and whose last VISIT (on or before asOf) is older
   * than the cadence, or who were never visited. One aggregate query.
   */
  public List<CadenceFindingDto> cadenceFindings(
      AccountScope scope, Map<Category, Integer> rule, LocalDate asOf) {
    if (rule.isEmpty()) return List.of();
    StringBuilder cutoff = new StringBuilder("case a.category");
    List<Category> cats = new ArrayList<>(rule.keySet());
    for (int i = 0; i < cats.size(); i++)
      cutoff
          .append(" when '")
          .append(cats.get(i).name())
          .append("' then cast(:c")
          .append(i)
          .append(" as date)");
    cutoff.append(" end");
    String sql =
        """
        select a.id, a.name, a.category, a.owner_id, max(v.occurred_on) as last_visit_on
          from account a
          left join activity v
            on v.account_id = a.id and v.kind = 'VISIT' and v.occurred_on <= :asOf
         where a.category in (:cats) and %s
         group by a.id, a.name, a.category, a.owner_id
        having max(v.occurred_on) is null or max(v.occurred_on) < %s
         order by max(v.occurred_on) nulls first, a.name"""
            .formatted(scope.sql("a"), cutoff);
    Query q =
        getEntityManager()
            .createNativeQuery(sql, Tuple.class)
            .setParameter("asOf", asOf)
            .setParameter("cats", cats.stream().map(Enum::name).toList());
    for (int i = 0; i < cats.size(); i++)
      q.setParameter("c" + i, asOf.minusDays(rule.get(cats.get(i))));
    scope.params().forEach(q::setParameter);
    List<CadenceFindingDto> out = new ArrayList<>();
    for (Unvisited r : Rows.list(Unvisited.class, q)) {
      Category cat = r.category();
      LocalDate last = r.lastVisitOn();
      Long days = last == null ? null : ChronoUnit.DAYS.between(last, asOf);
      String message =
          cat + " account " + (last == null ? "never visited" : "not visited in " + days + " days");
      out.add(
          new CadenceFindingDto(
              r.id(), r.name(), cat, r.ownerId(), last, days, rule.get(cat), message));
    }
    return out;
  }

  private record Unvisited(
      long id, String name, Category category, Long ownerId, LocalDate lastVisitOn) {}
}
