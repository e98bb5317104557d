package io.pareto.pipeline;

/** Why a deal was lost (domain.md §5: "the reason matters"). OTHER needs a text, COMPETITOR a competitor. */
public enum LostReason {
  PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, REQUIREMENTS, RELATIONSHIP, OTHER
}
