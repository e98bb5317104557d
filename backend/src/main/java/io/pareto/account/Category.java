package io.pareto.account;

/** The four customer categories of docs/method.md §2, each with its own goal. */
public enum Category {
  /** 目标客户: capture the account. */
  TARGET,
  /** 常规客户: service and grow it. */
  NORMAL,
  /** 丢失的客户: win it back, after understanding why it was lost. */
  LOST,
  /** 大客户: sustain the relationship and optimise profit. */
  KEY
}
