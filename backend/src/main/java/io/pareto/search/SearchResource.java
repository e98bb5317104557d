package io.pareto.search;

import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Search",
    description = "One search box over accounts, contacts, deals and users (全局搜索)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class SearchResource {
  private final SearchService search;

  public SearchResource(SearchService search) {
    this.search = search;
  }

  @GET
  @Operation(
      summary = "Search everything the caller may see",
      description =
          "Matches the name by substring, by its pinyin and by its initials (华泰, huatai and ht all find"
              + " 华泰证券), accounts also by external id and by their owner's name; full-width letters and case are"
              + " folded. Up to `limit` hits per kind, names starting with the query first.")
  public SearchResultDto search(
      @QueryParam("q")
          @NotBlank
          @Size(max = 100)
          @Parameter(description = "What to look for", required = true)
          String q,
      @QueryParam("limit")
          @DefaultValue("5")
          @Min(1)
          @Max(20)
          @Parameter(description = "Hits per kind")
          int limit) {
    return search.search(q, limit);
  }
}
