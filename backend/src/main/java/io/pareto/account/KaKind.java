package io.pareto.account;

/** Kinds of key account (docs/method.md §2: 经济/重要/集团/战略大客户). */
public enum KaKind {
  ECONOMIC,
  IMPORTANT,
  GROUP,
  STRATEGIC
}
