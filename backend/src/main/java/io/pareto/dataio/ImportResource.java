package io.pareto.dataio;

import io.pareto.dataset.Dataset;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Import and export",
    description = "Bulk files in (CSV or JSON) and out (CSV or NDJSON) for ERP and BI tools")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
public class ImportResource {
  public static final String TEXT_CSV = "text/csv";

  private final ImportService imports;

  public ImportResource(ImportService imports) {
    this.imports = imports;
  }

  @POST
  @Path("/imports/{dataset}")
  @Consumes({TEXT_CSV, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Import a file of records",
      description =
          "Creates or updates records by their business key (externalId; email for users; "
              + "accountExternalId + month for facts). CSV: UTF-8 (a BOM is fine), a header row naming the columns "
              + "of docs/api-guide.md, Excel quoting. JSON: an array of objects with the same fields. All or nothing: "
              + "any bad row answers 422 listing every bad row (up to 1,000) in `rowErrors`, and nothing is written. "
              + "Rows of accounts you may not see, or assigning records to others as a rep, answer 403. "
              + "Users: administrators only. Bodies over pareto.import.max-body-size (200 MB) answer 413.")
  @APIResponse(
      responseCode = "200",
      description = "Imported (or, with dryRun, validated); counts and time taken",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportResultDto.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "Not allowed: users need an administrator; rows outside your "
              + "accounts, or owners other than yourself as a rep, are listed in `rowErrors`",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "413",
      description = "Body larger than the configured import size",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "422",
      description = "Invalid rows, listed in `rowErrors`; nothing was written",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public ImportResultDto importRecords(
      @Parameter(
              description = "Which records the file holds",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"accounts", "contacts", "facts", "opportunities", "users"}))
          @PathParam("dataset")
          String dataset,
      @Parameter(description = "Validate and count without writing") @QueryParam("dryRun")
          boolean dryRun,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = TEXT_CSV,
                    schema =
                        @Schema(
                            type = SchemaType.STRING,
                            example =
                                "externalId,name,industryCode,region,ownerEmail\nERP-10042,\"中国工商银行江苏分行, 南京\",FINANCE,华东,")),
                @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class),
                    examples =
                        @ExampleObject(
                            name = "accounts",
                            summary = "Two accounts",
                            value =
                                """
                  [{"externalId": "ERP-10042", "name": "中国工商银行江苏分行", "industryCode": "FINANCE", "region": "华东"},
                   {"externalId": "ERP-10043", "name": "Pacific Logistics Ltd", "region": "华南", "ownerEmail": "li.na@pareto.demo"}]"""))
              })
          InputStream body) {
    Dataset d = Dataset.fromPath(dataset);
    if (contentLength != null && contentLength > imports.maxBytes())
      throw LimitedInputStream.tooLarge(imports.maxBytes());
    boolean csv =
        contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(TEXT_CSV);
    return imports.importRows(d, body, csv, dryRun);
  }
}
