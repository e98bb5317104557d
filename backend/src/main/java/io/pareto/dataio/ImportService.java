package io.pareto.dataio;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ProblemException;
import io.pareto.pipeline.history.StageHistory;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import io.pareto.security.Role;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Bulk import of CSV or JSON files: all or nothing, upsert by business key, streamed and batched. */
@ApplicationScoped
public class ImportService {
  private static final Logger LOG = Logger.getLogger(ImportService.class);
  private final AgroalDataSource dataSource;
  private final Caller caller;
  private final OwnerPolicy ownerPolicy;
  private final AuditTrail audit;
  private final StageHistory stageHistory;
  private final ObjectMapper mapper;
  private final Event<DatasetImported> imported;
  private final long maxBytes;

  public ImportService(AgroalDataSource dataSource, Caller caller, OwnerPolicy ownerPolicy, AuditTrail audit,
      StageHistory stageHistory, ObjectMapper mapper, Event<DatasetImported> imported,
      @ConfigProperty(name = "pareto.import.max-body-size", defaultValue = "200M") MemorySize maxBytes) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.ownerPolicy = ownerPolicy;
    this.audit = audit;
    this.stageHistory = stageHistory;
    this.mapper = mapper;
    this.imported = imported;
    this.maxBytes = maxBytes.asLongValue();
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Validates every row and, if all are valid and this is no dry run, creates or updates them in
   * one transaction. Any bad row rolls everything back and answers 422 listing the bad rows
   * (403 when rows reach outside the caller's accounts or assign them to someone else).
   * Writes one audit event for the whole import, plus one per changed owner (written set-based with the rows).
   */
  @Transactional
  @TransactionConfiguration(timeout = 3600)
  public ImportResultDto importRows(Dataset dataset, InputStream body, boolean csv, boolean dryRun) {
    if (dataset == Dataset.USERS && !caller.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators may import users", null);
    }
    long started = System.nanoTime();
    java.time.Instant startedAt = java.time.Instant.now().minusSeconds(1);
    InputStream in = new LimitedInputStream(body, maxBytes);
    try (Connection conn = dataSource.getConnection()) {
      ImportRun run = new ImportRun(DatasetSpec.of(dataset), conn, caller.scope(), caller.userId(),
          ownerPolicy.rule(), audit.stamp(), dryRun);
      if (csv) {
        CsvRows rows = new CsvRows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        run.run(rows, rows.header());
      } else {
        run.run(new JsonRows(mapper, in), null);
      }
      long took = (System.nanoTime() - started) / 1_000_000;
      LOG.infof("import of %d %s rows in %d ms: account references %d ms, compare and write %d ms, the rest reading "
          + "and validating", run.rows, dataset.path(), took, run.referenceNanos / 1_000_000, run.upsertNanos / 1_000_000);
      if (!run.errors.isEmpty()) throw new ImportRejected(run.forbidden, run.badCells, run.errors);
      ImportResultDto result = new ImportResultDto(dataset.path(), dryRun, run.rows, run.created, run.updated,
          run.unchanged, took);
      if (!dryRun) {
        if (dataset == Dataset.OPPORTUNITIES) stageHistory.reconcileImported(startedAt, caller.name());
        imported.fire(new DatasetImported(dataset, startedAt));
        audit.created("IMPORT", dataset.path(), null, result);
      }
      return result;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ProblemException.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        throw ProblemException.conflict("The import conflicts with existing data (a value that must be unique is "
            + "already used, e.g. a user's externalId); nothing was written");
      }
      throw new IllegalStateException("import of " + dataset.path() + " failed", e);
    }
  }
}
