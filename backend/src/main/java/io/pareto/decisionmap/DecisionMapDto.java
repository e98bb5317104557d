package io.pareto.decisionmap;

import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Layer;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DecisionMap",
    description = "An account's (or one deal's) key persons, their lines, score and coded gaps")
public record DecisionMapDto(
    @Schema(required = true) long accountId,
    @Schema(required = true, example = "江苏省税务局") String accountName,
    @Schema(description = "Set when the map shows one deal's buying centre") Long opportunityId,
    @Schema(
            description =
                "Set when the map shows the end of a past day (UTC), replayed from the audit trail")
        LocalDate asOf,
    @Schema(
            required = true,
            example = "65",
            description = "0..100; formula in docs/api-guide.md and ScoreWeights")
        int score,
    @Schema(
            required = true,
            example = "90",
            description =
                "A contact not contacted for longer is neither strong nor, as a key person, recent")
        int staleAfterDays,
    @Schema(required = true) List<Node> nodes,
    @Schema(
            required = true,
            description = "Our users who hold relationships (sources of RELATIONSHIP_OWNER edges)")
        List<User> users,
    @Schema(required = true) List<Edge> edges,
    @Schema(required = true, description = "The four layers, EXECUTIVE first")
        List<LayerSummary> layers,
    @Schema(required = true, description = "Coded findings, HIGH first") List<Gap> gaps) {

  @Schema(name = "DecisionMapNode", description = "A contact on the map")
  public record Node(
      @Schema(required = true) long id,
      @Schema(example = "王建国") String name,
      String title,
      String department,
      @Schema(required = true) Layer layer,
      @Schema(required = true) List<BuyingRole> roles,
      Integer influence,
      Attitude attitude,
      Integer closeness,
      String valueOrientation,
      @Schema(required = true) String layerValueOrientation,
      String personalNotes,
      Long reportsToId,
      LocalDate lastContactedOn,
      Long competitorId,
      @Schema(example = "华为 Huawei") String competitorName,
      Integer competitorCloseness,
      @Schema(required = true) boolean placeholder,
      @Schema(description = "Role in the deal (deal maps only)") BuyingRole dealRole) {}

  @Schema(name = "DecisionMapUser")
  public record User(
      @Schema(required = true) long id, @Schema(required = true, example = "李娜") String name) {}

  @Schema(name = "DecisionMapEdgeKind")
  public enum EdgeKind {
    REPORTS_TO,
    INFLUENCES,
    ALLY,
    RIVAL,
    RELATIONSHIP_OWNER
  }

  @Schema(
      name = "DecisionMapEdge",
      description = "From a contact (or, for RELATIONSHIP_OWNER, one of our users) to a contact")
  public record Edge(
      @Schema(required = true) EdgeKind kind,
      @Schema(description = "Link or relationship-owner id; empty for REPORTS_TO") Long refId,
      Long fromContactId,
      Long fromUserId,
      @Schema(required = true) long toContactId,
      @Schema(description = "1..3 for links, 1..5 for relationship owners") Integer strength) {}

  @Schema(name = "DecisionMapLayer")
  public record LayerSummary(
      @Schema(required = true) Layer layer,
      @Schema(required = true) String valueOrientation,
      @Schema(required = true) List<Long> contactIds,
      @Schema(required = true) int contacts,
      @Schema(
              required = true,
              description =
                  "Named contacts with closeness ≥ 4, not OPPONENT, contacted within staleAfterDays (as of asOf or today)")
          int strong,
      @Schema(required = true, description = "CHAMPION or SUPPORTER") int supporters,
      @Schema(required = true) int opponents,
      @Schema(required = true) int placeholders,
      @Schema(required = true, description = "has a strong contact") boolean covered) {}

  @Schema(
      name = "DecisionMapGap",
      description = "A coded finding; translate messageKey/actionKey in the UI")
  public record Gap(
      @Schema(required = true) GapRule code,
      @Schema(required = true) Severity severity,
      Long contactId,
      Layer layer,
      @Schema(required = true, example = "gap.NO_COACH") String messageKey,
      @Schema(required = true, example = "gap.NO_COACH.action") String actionKey,
      @Schema(required = true, description = "Suggested action, English") String action) {
    static Gap of(DecisionMapRules.Finding f) {
      return new Gap(
          f.rule(),
          f.rule().severity(),
          f.contactId(),
          f.layer(),
          f.rule().messageKey(),
          f.rule().actionKey(),
          f.rule().action());
    }
  }
}
