package io.pareto.dataio;

import io.pareto.account.AccountFilter;
import io.pareto.common.ProblemException;
import io.pareto.dataset.Dataset;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(
    name = "Import and export",
    description = "Bulk files in (CSV or JSON) and out (CSV or NDJSON) for ERP and BI tools")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class ExportResource {
  private final ExportService exports;
  private final AuditExport auditExport;

  public ExportResource(ExportService exports, AuditExport auditExport) {
    this.exports = exports;
    this.auditExport = auditExport;
  }

  @GET
  @Path("/exports/{dataset}")
  @Produces({"text/csv", "application/x-ndjson"})
  @Operation(
      summary = "Export records for BI tools",
      description =
          "Every record you may see, in id order, streamed as it is read: CSV (header row, the import's "
              + "column names plus read-only id, createdAt, updatedAt) or NDJSON (one object per line, empty fields left "
              + "out). Choose with the Accept header or `format`. `updatedSince` gives an incremental pull: the records "
              + "changed at or after that instant. The account list's filters (q, category, industry, ownerId, kaKind, "
              + "region) narrow any dataset but users to the rows of the matching accounts, so the web app exports what "
              + "its list shows. Users: administrators only.")
  @APIResponse(
      responseCode = "200",
      description = "The rows, streamed",
      content = {
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    example =
                        "id,externalId,name,industryCode\r\n42,ERP-10042,中国工商银行江苏分行,FINANCE\r\n")),
        @Content(
            mediaType = "application/x-ndjson",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    example = "{\"id\":42,\"externalId\":\"ERP-10042\",\"name\":\"中国工商银行江苏分行\"}\n"))
      })
  @APIResponse(
      responseCode = "403",
      description = "Not allowed (users: administrators only)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "410",
      description =
          "includeDeleted with an updatedSince older than the deletions kept:"
              + " do a full export instead",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response exportRecords(
      @Parameter(
              description = "Which records",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"accounts", "contacts", "facts", "opportunities", "users"}))
          @PathParam("dataset")
          String dataset,
      @Parameter(
              description = "csv or ndjson; overrides the Accept header",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"csv", "ndjson"}))
          @QueryParam("format")
          String format,
      @Parameter(
              description =
                  "Only records changed at or after this instant (ISO 8601, e.g. 2026-11-01T00:00:00Z)")
          @QueryParam("updatedSince")
          String updatedSince,
      @Parameter(
              description =
                  "Also the records deleted since updatedSince (all kept ones without it), first,"
                      + " with `deleted` = true and `deletedAt`; every row then carries both columns. Deletions are kept for"
                      + " 90 days by default: an older updatedSince answers 410 (do a full export)")
          @QueryParam("includeDeleted")
          boolean includeDeleted,
      @BeanParam AccountFilter filter,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    Dataset d = Dataset.fromPath(dataset);
    ExportFormat f = format(format, accept);
    Instant since = null;
    if (updatedSince != null && !updatedSince.isBlank()) {
      try {
        since = Instant.parse(updatedSince.trim());
      } catch (DateTimeParseException e) {
        throw ProblemException.badRequest(
            "updatedSince", "must be an ISO 8601 instant like 2026-11-01T00:00:00Z");
      }
    }
    return Response.ok(
            exports.export(d, f, since, filter, includeDeleted),
            f.mediaType + (f == ExportFormat.CSV ? "; charset=UTF-8" : ""))
        .header(
            "Content-Disposition", "attachment; filename=\"" + d.path() + "." + f.extension + "\"")
        .build();
  }

  @GET
  @Path("/exports/audit")
  @Produces({"text/csv", "application/x-ndjson"})
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(
      summary = "Export the audit trail",
      description =
          "The audit list as a file, newest first, with the same filters and visibility (managers: events of "
              + "accounts in their scope): CSV or NDJSON, chosen with the Accept header or `format`; `changes` is the "
              + "event's JSON text.")
  @APIResponse(
      responseCode = "200",
      description = "The events, streamed",
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))
      })
  public Response exportAudit(
      @Parameter(
              description = "csv or ndjson; overrides the Accept header",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"csv", "ndjson"}))
          @QueryParam("format")
          String format,
      @BeanParam io.pareto.audit.AuditFilter filter,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    ExportFormat f = format(format, accept);
    return Response.ok(
            auditExport.export(f, filter),
            f.mediaType + (f == ExportFormat.CSV ? "; charset=UTF-8" : ""))
        .header("Content-Disposition", "attachment; filename=\"audit." + f.extension + "\"")
        .build();
  }

  static ExportFormat format(String format, String accept) {
    if (format != null && !format.isBlank()) {
      try {
        return ExportFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ProblemException.badRequest("format", "must be csv or ndjson");
      }
    }
    return accept != null && accept.contains("ndjson") ? ExportFormat.NDJSON : ExportFormat.CSV;
  }
}
