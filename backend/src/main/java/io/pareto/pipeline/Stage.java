package io.pareto.pipeline;

/** From lead to cash (domain.md §5): 线索 → 需求 → 方案 → 谈判 → 签约 → 回款, or lost at any step. */
public enum Stage {
  LEAD, QUALIFIED, PROPOSAL, NEGOTIATION, WON, COLLECTED, LOST;

  public boolean isOpen() {
    return this.ordinal() <= NEGOTIATION.ordinal();
  }
}
