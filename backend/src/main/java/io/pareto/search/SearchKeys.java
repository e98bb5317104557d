package io.pareto.search;

import io.pareto.common.SearchKey;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.DatasetImported;
import io.pareto.duplicate.CompanyName;
import io.pareto.duplicate.ContactKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps the search keys of rows written past the entities: bulk imports (refreshed inside the
 * import's transaction) and rows that predate the keys or came by COPY (filled in the background
 * after start, so readiness does not wait). On PostgreSQL it also adds the trigram indexes that
 * make substring search an index lookup; without the pg_trgm extension search still works, by scan.
 */
@ApplicationScoped
public class SearchKeys {
  private static final Logger LOG = Logger.getLogger(SearchKeys.class);
  private static final int CHUNK = 2000;

  /** A table with a search key, and the columns it is made from (its name, then a second one). */
  enum Table {
    ACCOUNT("account", "name, credit_code as detail", true),
    CONTACT("contact", "name, email as detail, phone", false),
    OPPORTUNITY("opportunity", "name, cast(null as varchar(1)) as detail", false),
    USER("app_user", "name, email as detail", false);

    final String name;
    final String sources;
    final boolean sorted;

    Table(String name, String sources, boolean sorted) {
      this.name = name;
      this.sources = sources;
      this.sorted = sorted;
    }

    /** Rows whose keys are missing: written before the keys existed, or by COPY. */
    String stale() {
      return switch (this) {
        case ACCOUNT -> "(search_key is null or name_key is null)";
        case CONTACT ->
            "(search_key is null or (phone is not null and phone_key is null)"
                + " or (email is not null and email_domain is null))";
        default -> "search_key is null";
      };
    }

    static Table of(Dataset dataset) {
      return switch (dataset) {
        case ACCOUNTS -> ACCOUNT;
        case CONTACTS -> CONTACT;
        case OPPORTUNITIES -> OPPORTUNITY;
        case USERS -> USER;
        default -> null;
      };
    }
  }

  private final EntityManager em;
  private final boolean postgres;

  public SearchKeys(
      EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
    this.em = em;
    this.postgres = "postgresql".equalsIgnoreCase(dbKind);
  }

  void onImport(@Observes DatasetImported e) {
    Table table = Table.of(e.dataset());
    if (table != null) refresh(table, "updated_at >= ?", e.since(), Integer.MAX_VALUE);
  }

  void onStart(@Observes StartupEvent e) {
    Thread worker = new Thread(this::catchUp, "search-keys");
    worker.setDaemon(true);
    worker.start();
  }

  private void catchUp() {
    try {
      for (Table table : Table.values()) {
        int done;
        do {
          done =
              QuarkusTransaction.requiringNew()
                  .call(() -> refresh(table, table.stale(), null, CHUNK));
        } while (done == CHUNK);
      }
      if (postgres) trigramIndexes();
    } catch (RuntimeException ex) {
      // a shutdown while filling, or a database without the rights: search still answers, unindexed
      LOG.warnf("search keys not brought up to date: %s", ex.getMessage());
    }
  }

  private void trigramIndexes() {
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("create extension if not exists pg_trgm").executeUpdate());
    for (Table table : Table.values()) {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery(
                          "create index if not exists ix_"
                              + table.name
                              + "_search_trgm on "
                              + table.name
                              + " using gin (search_key gin_trgm_ops)")
                      .executeUpdate());
    }
  }

  /** Recomputes the keys of the rows matching the condition (at most limit); returns how many. */
  int refresh(Table table, String condition, Instant since, int limit) {
    return em.unwrap(Session.class)
        .doReturningWork(conn -> write(conn, table, condition, since, limit));
  }

  private static int write(Connection conn, Table table, String condition, Instant since, int limit)
      throws SQLException {
    String select =
        "select id, "
            + table.sources
            + " from "
            + table.name
            + " where "
            + condition
            + (limit == Integer.MAX_VALUE
                ? ""
                : " order by id fetch first " + limit + " rows only");
    String update =
        "update "
            + table.name
            + " set search_key = ?"
            + (table.sorted ? ", sort_key = ?" : "")
            + (table == Table.ACCOUNT ? ", name_key = ?, name_reading = ?" : "")
            + (table == Table.CONTACT ? ", phone_key = ?, email_domain = ?" : "")
            + " where id = ?";
    int n = 0;
    try (PreparedStatement read = conn.prepareStatement(select);
        PreparedStatement write = conn.prepareStatement(update)) {
      if (since != null) read.setTimestamp(1, Timestamp.from(since));
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          SearchKey key =
              table == Table.USER
                  ? SearchKey.ofUser(rows.getString("name"), rows.getString("detail"))
                  : SearchKey.of(rows.getString("name"), rows.getString("detail"));
          int i = 1;
          write.setString(i++, key.search());
          if (table.sorted) write.setString(i++, key.sort());
          if (table == Table.ACCOUNT) {
            CompanyName company = CompanyName.of(rows.getString("name"));
            write.setString(i++, company.key());
            write.setString(i++, company.reading());
          }
          if (table == Table.CONTACT) {
            ContactKey contact = ContactKey.of(rows.getString("phone"), rows.getString("detail"));
            write.setString(i++, contact.phone());
            write.setString(i++, contact.emailDomain());
          }
          write.setLong(i, rows.getLong("id"));
          write.addBatch();
          if (++n % 500 == 0) write.executeBatch();
        }
      }
      if (n % 500 != 0) write.executeBatch();
    }
    return n;
  }
}
