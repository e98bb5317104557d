package io.pareto.decisionmap;

import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of the map's links, relationship owners and deal buying centres. */
public final class LinkDtos {
  private LinkDtos() {}

  @Schema(
      name = "ContactLink",
      description = "Informal influence between two contacts of one account")
  public record LinkDto(
      @Schema(required = true) long id,
      @Schema(required = true) long accountId,
      @Schema(required = true) long fromContactId,
      @Schema(required = true) long toContactId,
      @Schema(required = true) LinkKind kind,
      @Schema(required = true, example = "2") int strength,
      @Schema(required = true) long version) {
    static LinkDto of(ContactLink l) {
      return new LinkDto(
          l.id, l.accountId, l.fromContactId, l.toContactId, l.kind, l.strength, l.version);
    }
  }

  @Schema(
      name = "ContactLinkInput",
      description = "A link from the contact in the path to toContactId")
  public record LinkInput(
      @NotNull Long toContactId,
      @NotNull LinkKind kind,
      @NotNull @Min(1) @Max(3) @Schema(example = "2") Integer strength) {}

  @Schema(
      name = "RelationshipOwner",
      description = "One of our users who holds the relationship with a contact")
  public record OwnerDto(
      @Schema(required = true) long id,
      @Schema(required = true) long contactId,
      @Schema(required = true) long userId,
      @Schema(example = "李娜") String userName,
      @Schema(required = true, example = "4") int strength,
      @Schema(required = true) long version) {}

  @Schema(name = "RelationshipOwnerInput")
  public record OwnerInput(
      @NotNull Long userId, @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer strength) {}

  @Schema(name = "DealContact", description = "A contact in a deal's buying centre")
  public record DealContactDto(
      @Schema(required = true) long opportunityId,
      @Schema(required = true) long contactId,
      @Schema(example = "张伟") String contactName,
      BuyingRole dealRole,
      Attitude attitude,
      @Schema(required = true) Instant updatedAt) {
    static DealContactDto of(DealContact d, String contactName) {
      return new DealContactDto(
          d.id.opportunityId(), d.id.contactId(), contactName, d.dealRole, d.attitude, d.updatedAt);
    }
  }

  @Schema(name = "DealContactInput", description = "Role and attitude of the contact in this deal")
  public record DealContactInput(BuyingRole dealRole, Attitude attitude) {}
}
