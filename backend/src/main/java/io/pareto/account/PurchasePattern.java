package io.pareto.account;

/** 持续购买 vs 一次性. */
public enum PurchasePattern {
  RECURRING,
  ONE_OFF
}
