package io.pareto.duplicate;

/** Why an account looks like the one asked about; each adds its weight to the score. */
public enum DuplicateSignal {
  /** The same 统一社会信用代码: one company for certain. */
  CREDIT_CODE(100),
  /** The same name once folded and stripped of legal suffixes and bracketed regions. */
  NAME(80),
  /** A different spelling with the same pinyin reading (华为 / Huawei). */
  READING(70),
  /** One reading begins with the other and covers at least half of it (Huawei / 华为技术). */
  READING_PREFIX(50),
  /** A contact of the account has this phone number. */
  CONTACT_PHONE(30),
  /** A contact of the account writes from this company e-mail domain (free mail never counts). */
  EMAIL_DOMAIN(20);

  public final int weight;

  DuplicateSignal(int weight) {
    this.weight = weight;
  }

  /** From this score up an account is a likely duplicate: creating another needs a reason. */
  public static final int LIKELY = 70;
}
