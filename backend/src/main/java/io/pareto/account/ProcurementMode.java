package io.pareto.account;

/** 统一采购 vs 分散采购. */
public enum ProcurementMode {
  CENTRALISED,
  DECENTRALISED
}
