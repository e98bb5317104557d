package io.pareto.duplicate;

import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The duplicate check's SQL: candidates of one name in one statement, clusters in two. */
@ApplicationScoped
public class DuplicateQueries {
  /** The shortest reading a prefix match counts for: "hua" alone would match half the list. */
  static final int MIN_PREFIX = 5;

  /** How many rows one check reads at most; more matches than this are not duplicates, noise. */
  static final int MAX_ROWS = 200;

  /** What is asked about: a name's key and reading, a credit code, contacts' phones and domains. */
  public record Probe(
      CompanyName name,
      String creditCode,
      List<String> phones,
      List<String> emailDomains,
      Long excludeId) {}

  /** One matching account and which of the SQL-side signals it has. */
  record Row(
      long id,
      String name,
      String creditCode,
      Long ownerId,
      String ownerName,
      String nameKey,
      String nameReading,
      boolean visible,
      boolean phone,
      boolean domain) {}

  private final EntityManager em;

  public DuplicateQueries(EntityManager em) {
    this.em = em;
  }

  List<Row> candidates(AccountScope scope, Probe p) {
    Map<String, Object> params = new HashMap<>(scope.params());
    List<String> any = new ArrayList<>();
    if (p.creditCode() != null) {
      any.add("a.credit_code = :code");
      params.put("code", p.creditCode());
    }
    String key = p.name().key();
    String reading = p.name().reading();
    if (!key.isEmpty()) {
      any.add("a.name_key = :key");
      params.put("key", key);
    }
    if (!reading.isEmpty()) {
      any.add("a.name_reading = :reading");
      params.put("reading", reading);
    }
    if (reading.length() >= MIN_PREFIX) {
      // longer readings that start with this one (an index range), and this one's own prefixes of
      // at least half its length (an IN list): both sides of READING_PREFIX without a scan
      any.add("(a.name_reading like :readingPrefix and length(a.name_reading) <= :twice)");
      params.put("readingPrefix", reading + "%");
      params.put("twice", 2 * reading.length());
      List<String> heads = new ArrayList<>();
      for (int n = Math.max(MIN_PREFIX, (reading.length() + 1) / 2); n < reading.length(); n++) {
        heads.add(reading.substring(0, n));
      }
      if (!heads.isEmpty()) {
        any.add("a.name_reading in (:heads)");
        params.put("heads", heads);
      }
    }
    String phone = "(1 = 0)";
    if (!p.phones().isEmpty()) {
      // ix_contact_phone_key: one index probe per phone, not a scan of every contact
      phone = "a.id in (select c.account_id from contact c where c.phone_key in (:phones))";
      params.put("phones", p.phones());
      any.add(phone);
    }
    String domain = "(1 = 0)";
    if (!p.emailDomains().isEmpty()) {
      domain = "a.id in (select c.account_id from contact c where c.email_domain in (:domains))";
      params.put("domains", p.emailDomains());
      any.add(domain);
    }
    if (any.isEmpty()) return List.of();
    String exclude = "";
    if (p.excludeId() != null) {
      exclude = "a.id <> :exclude and ";
      params.put("exclude", p.excludeId());
    }
    String sql =
        """
        select a.id, a.name, a.credit_code, a.owner_id, u.name as owner_name, a.name_key,
               a.name_reading,
               case when %s then 1 else 0 end as visible,
               case when %s then 1 else 0 end as phone,
               case when %s then 1 else 0 end as domain
          from account a
          left join app_user u on u.id = a.owner_id
         where %s(%s)
         order by a.id
         fetch first %d rows only"""
            .formatted(scope.sql("a"), phone, domain, exclude, String.join(" or ", any), MAX_ROWS);
    return Rows.select(em, Row.class, sql, params);
  }

  /** How many readings more than one account shares. */
  long clusterCount() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from (select name_reading from account where name_reading <> ''"
                        + " group by name_reading having count(*) > 1) g")
                .getSingleResult())
        .longValue();
  }

  /** One page of shared readings, largest cluster first, then by reading. */
  @SuppressWarnings("unchecked")
  List<String> clusterReadings(int offset, int size) {
    return em.createNativeQuery(
            "select name_reading from account where name_reading <> '' group by name_reading"
                + " having count(*) > 1 order by count(*) desc, name_reading offset "
                + offset
                + " rows fetch first "
                + size
                + " rows only")
        .getResultList();
  }

  /** The accounts of these readings, by reading then id. */
  List<Row> members(List<String> readings) {
    if (readings.isEmpty()) return List.of();
    // Members of a cluster are compared by name only: visible, no phone or domain signal.
    return Rows.select(
        em,
        Row.class,
        """
        select a.id, a.name, a.credit_code, a.owner_id, u.name as owner_name, a.name_key,
               a.name_reading, 1 as visible, 0 as phone, 0 as domain
          from account a
          left join app_user u on u.id = a.owner_id
         where a.name_reading in (:readings)
         order by a.name_reading, a.id""",
        Map.of("readings", readings));
  }
}
