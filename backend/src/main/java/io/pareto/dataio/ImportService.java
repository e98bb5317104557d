package io.pareto.dataio;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ProblemException;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.DatasetImported;
import io.pareto.pipeline.StageTransitions;
import io.pareto.pipeline.history.StageHistory;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import io.pareto.security.Role;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Bulk import of CSV or JSON files: all or nothing, upsert by business key, streamed and batched.
 */
@ApplicationScoped
public class ImportService {
  private static final Logger LOG = Logger.getLogger(ImportService.class);
  private final AgroalDataSource dataSource;
  private final WebhookOutbox outbox;
  private final Caller caller;
  private final OwnerPolicy ownerPolicy;
  private final AuditTrail audit;
  private final StageHistory stageHistory;
  private final StageTransitions stageTransitions;
  private final ObjectMapper mapper;
  private final Event<DatasetImported> imported;
  private final long maxBytes;

  public ImportService(
      AgroalDataSource dataSource,
      Caller caller,
      OwnerPolicy ownerPolicy,
      AuditTrail audit,
      StageHistory stageHistory,
      StageTransitions stageTransitions,
      ObjectMapper mapper,
      Event<DatasetImported> imported,
      WebhookOutbox outbox,
      @ConfigProperty(name = "pareto.import.max-body-size", defaultValue = "200M")
          MemorySize maxBytes) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.ownerPolicy = ownerPolicy;
    this.audit = audit;
    this.stageHistory = stageHistory;
    this.stageTransitions = stageTransitions;
    this.mapper = mapper;
    this.imported = imported;
    this.outbox = outbox;
    this.maxBytes = maxBytes.asLongValue();
  }

  /**
   * Users this import left inactive lose their sessions and tokens, as a deactivation through the
   * API does, so reactivating them later revives neither. Set-based: three statements whatever the
   * file's size.
   */
  private static void revokeDeactivated(
      Connection conn, java.time.Instant since, AuditTrail.Stamp stamp) throws SQLException {
    String touched = "select u.id from app_user u where u.active = false and u.updated_at >= ?";
    java.time.OffsetDateTime at = since.atOffset(java.time.ZoneOffset.UTC);
    try (var bump =
            conn.prepareStatement(
                "update app_user set session_generation = session_generation + 1 "
                    + "where active = false and updated_at >= ?");
        var log =
            conn.prepareStatement(
                "insert into audit_event (occurred_at, actor, entity_type, entity_id, "
                    + "account_id, action, changes, request_id) select ?, ?, 'API_TOKEN', cast(t.id as varchar(20)), null, "
                    + "'DELETE', '{\"userId\":[' || cast(t.user_id as varchar(20)) || ',null],\"prefix\":[\"' || t.prefix "
                    + "|| '\",null]}', ? from api_token t where t.user_id in ("
                    + touched
                    + ")");
        var revoke =
            conn.prepareStatement("delete from api_token where user_id in (" + touched + ")")) {
      bump.setObject(1, at);
      bump.executeUpdate();
      log.setObject(1, stamp.at().atOffset(java.time.ZoneOffset.UTC));
      log.setString(2, stamp.actor());
      log.setString(3, stamp.requestId());
      log.setObject(4, at);
      log.executeUpdate();
      revoke.setObject(1, at);
      revoke.executeUpdate();
    }
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Validates every row and, if all are valid and this is no dry run, creates or updates them in
   * one transaction. Any bad row rolls everything back and answers 422 listing the bad rows (403
   * when rows reach outside the caller's accounts or assign them to someone else). Writes one audit
   * event for the whole import, plus one per changed owner (written set-based with the rows).
   */
  @Transactional
  @TransactionConfiguration(timeout = 3600)
  public ImportResultDto importRows(
      Dataset dataset, InputStream body, boolean csv, boolean dryRun) {
    if (dataset == Dataset.USERS && !caller.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators may import users", null);
    }
    long started = System.nanoTime();
    java.time.Instant startedAt = java.time.Instant.now().minusSeconds(1);
    InputStream in = new LimitedInputStream(body, maxBytes);
    try (Connection conn = dataSource.getConnection()) {
      ImportRun run =
          new ImportRun(
              DatasetSpec.of(dataset),
              conn,
              caller.scope(),
              caller.userId(),
              ownerPolicy.rule(),
              audit.stamp(),
              dryRun);
      if (csv) {
        CsvRows rows = CsvRows.utf8(in);
        run.run(rows, rows.header());
      } else {
        run.run(new JsonRows(mapper, in), null);
      }
      long took = (System.nanoTime() - started) / 1_000_000;
      LOG.infof(
          "import of %d %s rows in %d ms: account references %d ms, compare and write %d ms, the rest reading "
              + "and validating",
          run.rows,
          dataset.path(),
          took,
          run.referenceNanos / 1_000_000,
          run.upsertNanos / 1_000_000);
      if (!run.errors.isEmpty()) throw new ImportRejected(run.forbidden, run.badCells, run.errors);
      ImportResultDto result =
          new ImportResultDto(
              dataset.path(),
              dryRun,
              run.rows,
              run.created,
              run.updated,
              run.unchanged,
              took,
              run.duplicates == null ? java.util.List.of() : run.duplicates.found);
      if (!dryRun) {
        if (dataset == Dataset.OPPORTUNITIES)
          stageTransitions.announceImported(
              stageHistory.reconcileImported(startedAt, caller.name()));
        if (dataset == Dataset.USERS) revokeDeactivated(conn, startedAt, audit.stamp());
        imported.fire(new DatasetImported(dataset, startedAt));
        audit.created("IMPORT", dataset.path(), null, result);
        outbox.publish(WebhookEvents.IMPORT_COMPLETED, "IMPORT:" + dataset.path(), result);
      }
      return result;
    } catch (CsvRows.UnterminatedQuote e) {
      throw new ImportRejected(
          false,
          1,
          java.util.List.of(
              new io.pareto.common.Problem.RowError(
                  e.row,
                  e.column,
                  null,
                  io.pareto.common.Problem.RowError.Code.UNTERMINATED_QUOTE,
                  e.getMessage())));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ProblemException.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        throw ProblemException.conflict(
            "The import conflicts with existing data (a value that must be unique is "
                + "already used, e.g. a user's externalId); nothing was written");
      }
      throw new IllegalStateException("import of " + dataset.path() + " failed", e);
    }
  }
}
