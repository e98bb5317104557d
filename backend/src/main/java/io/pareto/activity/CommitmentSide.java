package io.pareto.activity;

/** Who promised: the customer (what they agreed to do) or us (our follow-up). */
public enum CommitmentSide {
  CUSTOMER,
  US
}
