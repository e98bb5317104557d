package io.pareto.dataset;

import io.pareto.common.ProblemException;
import io.pareto.security.AccountScope;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an incremental sync needs to learn about deletions: one row per deleted exported record,
 * written in the deleting transaction by one INSERT … SELECT (the children of a deleted account in
 * one statement per dataset, whatever their number). Call {@link #record} before the record's row
 * goes.
 */
@ApplicationScoped
public class Tombstones {
  /**
   * dataset → its record id, externalId, account's externalId, account id and owner; then the FROM
   * clause.
   */
  private static final Map<Dataset, String[]> SOURCE =
      Map.of(
          Dataset.ACCOUNTS,
              new String[] {
                "t.id, t.external_id, CAST(NULL AS VARCHAR(100)), t.id, t.owner_id", "account t"
              },
          Dataset.CONTACTS,
              new String[] {
                "t.id, t.external_id, a.external_id, a.id, a.owner_id",
                "contact t JOIN account a ON a.id = t.account_id"
              },
          Dataset.FACTS,
              new String[] {
                "t.id, CAST(NULL AS VARCHAR(254)), a.external_id, a.id, a.owner_id",
                "account_fact t JOIN account a ON a.id = t.account_id"
              },
          Dataset.OPPORTUNITIES,
              new String[] {
                "t.id, t.external_id, a.external_id, a.id, a.owner_id",
                "opportunity t JOIN account a ON a.id = t.account_id"
              },
          Dataset.USERS,
              new String[] {
                "t.id, t.external_id, CAST(NULL AS VARCHAR(100)), CAST(NULL AS BIGINT),"
                    + " CAST(NULL AS BIGINT)",
                "app_user t"
              });

  private final EntityManager em;
  private final Duration retention;

  public Tombstones(
      EntityManager em,
      @ConfigProperty(name = "pareto.sync.tombstone-retention") Duration retention) {
    this.em = em;
    this.retention = retention;
  }

  /** Remembers that the record {@code id} of {@code dataset} is being deleted. */
  public void record(Dataset dataset, long id) {
    insert(dataset, "t.id = :id", id);
  }

  /**
   * Contacts and facts are deleted with their account (foreign-key cascade): their tombstones go
   * first.
   */
  public void recordAccount(long accountId) {
    insert(Dataset.CONTACTS, "t.account_id = :id", accountId);
    insert(Dataset.FACTS, "t.account_id = :id", accountId);
    insert(Dataset.ACCOUNTS, "t.id = :id", accountId);
  }

  /** The record {@code id} was merged into {@code survivorId}; call after {@link #record}. */
  public void markMerged(Dataset dataset, long id, long survivorId) {
    em.createNativeQuery(
            "UPDATE tombstone SET merged_into = :into WHERE dataset = :dataset AND record_id = :id")
        .setParameter("into", survivorId)
        .setParameter("dataset", dataset.path())
        .setParameter("id", id)
        .executeUpdate();
  }

  /** The record a deleted id was merged into, while its tombstone is retained. */
  public Optional<Long> mergedInto(Dataset dataset, long id) {
    return em.createNativeQuery(
            "SELECT merged_into FROM tombstone WHERE record_id = :id AND dataset = :dataset"
                + " AND merged_into IS NOT NULL ORDER BY deleted_at DESC FETCH FIRST 1 ROWS ONLY")
        .setParameter("id", id)
        .setParameter("dataset", dataset.path())
        .getResultStream()
        .findFirst()
        .map(v -> ((Number) v).longValue());
  }

  private void insert(Dataset dataset, String where, long id) {
    em.createNativeQuery(
            "INSERT INTO tombstone (dataset, record_id, external_id, account_external_id, account_id,"
                + " owner_id, deleted_at) SELECT '"
                + dataset.path()
                + "', "
                + SOURCE.get(dataset)[0]
                + ", :now FROM "
                + SOURCE.get(dataset)[1]
                + " WHERE "
                + where)
        .setParameter("id", id)
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  /**
   * An incremental sync from before the retention window may have missed purged deletions: 410,
   * full export.
   */
  public void requireRetained(Instant since) {
    Instant horizon = Instant.now().minus(retention);
    if (since != null && since.isBefore(horizon)) {
      throw new ProblemException(
          410,
          "sync-too-old",
          "Sync too old",
          "Deletions are kept for "
              + retention.toDays()
              + " days, so changes since "
              + since
              + " can no longer be complete; do a full export (without updatedSince), replace your copy, and sync"
              + " incrementally from the time that export started",
          null);
    }
  }

  /** Hourly; any instance may run it, the delete is idempotent. */
  @Scheduled(
      identity = "tombstone-purge",
      every = "1h",
      delayed = "5m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void purgeExpired() {
    purge();
  }

  /** Deletes tombstones past the retention window; returns how many. */
  @Transactional
  public int purge() {
    return em.createNativeQuery("DELETE FROM tombstone WHERE deleted_at < :horizon")
        .setParameter("horizon", OffsetDateTime.now(ZoneOffset.UTC).minus(retention))
        .executeUpdate();
  }

  /**
   * The tombstones the caller may see: those of accounts they could see when deleted (owner, the
   * owner's team manager, account-team members of an account still there), all for ADMIN and
   * READONLY.
   */
  public static String visible(AccountScope scope) {
    return scope.sqlOver("t.account_id", "t.owner_id");
  }
}
