package io.pareto.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The "five treasures" to prepare before a visit (docs/method.md §10). */
@Schema(
    name = "Preparation",
    description =
        "Five-treasures checklist: 名片, notebook, contact list, product/technical material, price quote")
public record Preparation(
    @Schema(description = "名片") boolean businessCards,
    boolean notebook,
    boolean contactList,
    boolean productMaterial,
    boolean priceQuote) {

  public static final Preparation NONE = new Preparation(false, false, false, false, false);

  public int done() {
    return (businessCards ? 1 : 0)
        + (notebook ? 1 : 0)
        + (contactList ? 1 : 0)
        + (productMaterial ? 1 : 0)
        + (priceQuote ? 1 : 0);
  }
}
