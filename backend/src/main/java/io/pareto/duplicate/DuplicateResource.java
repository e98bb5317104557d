package io.pareto.duplicate;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Customer organisations (客户)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class DuplicateResource {
  private final DuplicateService duplicates;

  public DuplicateResource(DuplicateService duplicates) {
    this.duplicates = duplicates;
  }

  @GET
  @Path("/accounts/duplicates")
  @Operation(
      summary = "Find accounts like a name (查重)",
      description =
          "Scores every account by the signals it matches: CREDIT_CODE 100, NAME 80 (same name once"
              + " folded, without legal suffixes and bracketed regions), READING 70 (same pinyin),"
              + " READING_PREFIX 50, CONTACT_PHONE 30, EMAIL_DOMAIN 20; summed, at most 100. From 70 an"
              + " account is a likely duplicate. Accounts the caller cannot see are only counted.")
  public DuplicateCheckDto findDuplicates(
      @QueryParam("name") @NotBlank @Size(max = 200) String name,
      @QueryParam("creditCode") @Size(max = 40) String creditCode,
      @Parameter(description = "Phone numbers of the new account's contacts") @QueryParam("phone")
          List<@Size(max = 50) String> phones,
      @Parameter(description = "E-mail addresses or domains of its contacts; free mail is ignored")
          @QueryParam("email")
          List<@Size(max = 254) String> emails,
      @Parameter(description = "An account to leave out (the one being edited)")
          @QueryParam("excludeId")
          Long excludeId) {
    return duplicates.check(name, CreditCode.canonical(creditCode), phones, emails, excludeId);
  }

  @GET
  @Path("/accounts/duplicate-clusters")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Duplicate clusters across the database",
      description =
          "Groups of accounts whose names read the same (pinyin of the normalised name), largest"
              + " first: candidates for merging. One GROUP BY over an indexed column.")
  public Page<DuplicateClusterDto> listDuplicateClusters(@Valid @BeanParam PageRequest page) {
    return duplicates.clusters(page);
  }
}
