package io.pareto.pipeline;

/**
 * Why a deal was lost (docs/method.md §5: "the reason matters"). OTHER needs a text, COMPETITOR a
 * competitor.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    name = "DealLostReason",
    description = "Why a deal was lost")
public enum DealLostReason {
  PRICE,
  COMPETITOR,
  NO_BUDGET,
  NO_DECISION,
  TIMING,
  REQUIREMENTS,
  RELATIONSHIP,
  OTHER
}
