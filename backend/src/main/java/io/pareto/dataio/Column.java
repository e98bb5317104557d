package io.pareto.dataio;

/**
 * One column of a bulk file: its wire name (the DTO's JSON field name), the database column it
 * writes (null for read-only columns that exports add and imports ignore), how its text is read,
 * and the SQL expression that exports it.
 */
public record Column(
    String name,
    String dbColumn,
    Type type,
    boolean required,
    int maxLength,
    Class<? extends Enum<?>> enumType,
    boolean nonNegative,
    String exportSql) {

  /** How a cell's text becomes a database value (and how the export writes it back). */
  public enum Type {
    TEXT,
    EMAIL,
    ENUM,
    DECIMAL,
    INT,
    DATE,
    MONTH,
    BOOL,
    INSTANT,
    ID,
    /** A 统一社会信用代码, folded to its canonical form and checked (duplicate.CreditCode). */
    CREDIT_CODE,
    /** An industry code that must exist. */
    INDUSTRY,
    /** An account's externalId, resolved to account_id within the caller's scope. */
    ACCOUNT,
    /** A user's email, resolved to the user's id. */
    USER,
    /** A team's name, resolved to team_id. */
    TEAM
  }

  public boolean writable() {
    return dbColumn != null;
  }

  static Column text(String name, String db, int max, boolean required, String alias) {
    return new Column(name, db, Type.TEXT, required, max, null, false, alias + "." + db);
  }

  static Column of(
      String name, String db, Type type, boolean required, boolean nonNegative, String exportSql) {
    return new Column(name, db, type, required, 0, null, nonNegative, exportSql);
  }

  static Column enumeration(
      String name, String db, Class<? extends Enum<?>> type, boolean required, String alias) {
    return new Column(name, db, Type.ENUM, required, 0, type, false, alias + "." + db);
  }

  static Column readOnly(String name, Type type, String exportSql) {
    return new Column(name, null, type, false, 0, null, false, exportSql);
  }
}
