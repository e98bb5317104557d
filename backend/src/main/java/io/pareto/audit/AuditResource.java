package io.pareto.audit;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only history of every change")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
public class AuditResource {
  private final AuditService audit;

  public AuditResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  @Path("/audit")
  @Operation(
      summary = "List audit records",
      description = "Newest first; managers see the records of accounts in their scope.")
  public Page<AuditRecord> listAudit(
      @Valid @BeanParam PageRequest page, @BeanParam AuditFilter filter) {
    return audit.list(page, filter);
  }
}
