package io.pareto.competitor;

/** A competitor's strength relative to us (docs/method.md §7): 比我们强 / 旗鼓相当 / 正在赶上. */
public enum CompetitorTier {
  STRONGER,
  EQUAL,
  CATCHING_UP
}
