package io.pareto.contact;

/** The four layers of key persons (domain.md §6), top to bottom. */
public enum Layer {
  /** 形象层: values the organisation's standing. */
  EXECUTIVE,
  /** 决策层: values recognition by leadership. */
  DECISION,
  /** 实施层: values getting the job done well. */
  IMPLEMENTATION,
  /** 使用层: values convenience and ease of use. */
  USER
}
