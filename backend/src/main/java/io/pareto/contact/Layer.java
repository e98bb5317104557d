package io.pareto.contact;

/**
 * The four layers of key persons (docs/method.md §6), top to bottom, with what each layer values.
 */
public enum Layer {
  /** 形象层: values the organisation's standing. */
  EXECUTIVE("the organisation's standing (单位形象)"),
  /** 决策层: values recognition by leadership. */
  DECISION("recognition by leadership (领导认可)"),
  /** 实施层: values getting the job done well. */
  IMPLEMENTATION("getting the job done well (把事情做好)"),
  /** 使用层: values convenience and ease of use. */
  USER("convenient and easy to use (方便好用)");

  private final String defaultValues;

  Layer(String defaultValues) {
    this.defaultValues = defaultValues;
  }

  /** The layer's default value orientation (价值取向), shown when a contact has none of their own. */
  public String defaultValues() {
    return defaultValues;
  }
}
