package io.pareto.duplicate;

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
    var q =
        em.createNativeQuery(
            "select a.id, a.name, a.credit_code, a.owner_id, u.name as owner_name, a.name_key,"
                + " a.name_reading, case when "
                + scope.sql("a")
                + " then 1 else 0 end, case when "
                + phone
                + " then 1 else 0 end, case when "
                + domain
                + " then 1 else 0 end from account a left join app_user u on u.id = a.owner_id"
                + " where "
                + exclude
                + "("
                + String.join(" or ", any)
                + ") order by a.id fetch first "
                + MAX_ROWS
                + " rows only");
    params.forEach(q::setParameter);
    List<Row> out = new ArrayList<>();
    for (Object o : q.getResultList()) out.add(row((Object[]) o));
    return out;
  }

  /** A result row: the seven account columns, then the visible, phone and domain flags if any. */
  private static Row row(Object[] r) {
    return new Row(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        r[3] == null ? null : ((Number) r[3]).longValue(),
        (String) r[4],
        (String) r[5],
        (String) r[6],
        r.length <= 7 || ((Number) r[7]).intValue() == 1,
        r.length > 8 && ((Number) r[8]).intValue() == 1,
        r.length > 9 && ((Number) r[9]).intValue() == 1);
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
    List<Row> out = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select a.id, a.name, a.credit_code, a.owner_id, u.name as owner_name, a.name_key,"
                    + " a.name_reading from account a left join app_user u on u.id = a.owner_id"
                    + " where a.name_reading in (:readings) order by a.name_reading, a.id")
            .setParameter("readings", readings)
            .getResultList()) {
      out.add(row((Object[]) o));
    }
    return out;
  }
}
