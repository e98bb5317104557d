package io.pareto.decisionmap;

import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Layer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Per-contact conditions the gap and score rules count, each defined twice side by side: as a Java
 * predicate (the single map, unit-tested) and as an SQL condition over the per-contact columns of
 * {@link SummarySql} (the stored per-account summary the portfolio reads). Keep the two in step;
 * DecisionMapGapsTest and DecisionMapSummaryTest check they agree. Placeholders count only for
 * PLACEHOLDER: an unmet person covers nothing. STALE is the one fact that depends on today: the
 * summary stores its date input (the key persons' last contact, {@link #KEY_PERSON}), never the
 * verdict.
 */
enum ContactCondition {
  NAMED_EXECUTIVE(namedIn(Layer.EXECUTIVE), "placeholder = 0 and layer = 'EXECUTIVE'"),
  NAMED_DECISION(namedIn(Layer.DECISION), "placeholder = 0 and layer = 'DECISION'"),
  NAMED_IMPLEMENTATION(
      namedIn(Layer.IMPLEMENTATION), "placeholder = 0 and layer = 'IMPLEMENTATION'"),
  NAMED_USER(namedIn(Layer.USER), "placeholder = 0 and layer = 'USER'"),
  STRONG_EXECUTIVE(strongIn(Layer.EXECUTIVE), strongSql("layer = 'EXECUTIVE'"), true),
  STRONG_DECISION(strongIn(Layer.DECISION), strongSql("layer = 'DECISION'"), true),
  STRONG_IMPLEMENTATION(
      strongIn(Layer.IMPLEMENTATION), strongSql("layer = 'IMPLEMENTATION'"), true),
  STRONG_USER(strongIn(Layer.USER), strongSql("layer = 'USER'"), true),
  DECISION_MAKER(
      (c, d) -> !c.placeholder() && c.has(BuyingRole.DECISION_MAKER), "placeholder = 0 and dm = 1"),
  DECISION_MAKER_OPPOSED(
      (c, d) ->
          !c.placeholder() && c.has(BuyingRole.DECISION_MAKER) && c.attitude() == Attitude.OPPONENT,
      "placeholder = 0 and dm = 1 and attitude = 'OPPONENT'"),
  DECISION_MAKER_RESISTANT(
      (c, d) ->
          !c.placeholder()
              && c.has(BuyingRole.DECISION_MAKER)
              && (c.attitude() == Attitude.OPPONENT || c.attitude() == Attitude.SKEPTIC),
      "placeholder = 0 and dm = 1 and attitude in ('OPPONENT', 'SKEPTIC')"),
  /** A strong contact in the DECISION or EXECUTIVE layer. */
  STRONG_AT_TOP(
      (c, d) -> (c.layer() == Layer.DECISION || c.layer() == Layer.EXECUTIVE) && strong(c, d),
      strongSql("layer in ('DECISION', 'EXECUTIVE')"),
      true),
  COMPETITOR_CLOSE(
      (c, d) -> !c.placeholder() && c.isKeyPerson() && c.competitorCloseness() >= 4,
      "placeholder = 0 and (dm = 1 or infl = 1) and comp_close >= 4"),
  COACH((c, d) -> !c.placeholder() && c.has(BuyingRole.COACH), "placeholder = 0 and coach = 1"),
  CLOSE_CHAMPION(
      (c, d) -> !c.placeholder() && c.attitude() == Attitude.CHAMPION && c.closeness() >= 3,
      "placeholder = 0 and attitude = 'CHAMPION' and closeness >= 3"),
  CLOSE((c, d) -> !c.placeholder() && c.closeness() >= 3, "placeholder = 0 and closeness >= 3"),
  /** A named decision maker or influencer: whose last contact STALE looks at. */
  KEY_PERSON((c, d) -> !c.placeholder() && c.isKeyPerson(), ContactCondition.KEY_PERSON_SQL),
  /**
   * A decision maker or influencer not contacted since the cut-off (never contacted counts as
   * stale).
   */
  STALE(
      (c, staleBefore) ->
          !c.placeholder()
              && c.isKeyPerson()
              && (c.lastContactedOn() == null || c.lastContactedOn().isBefore(staleBefore)),
      ContactCondition.KEY_PERSON_SQL + " and " + ContactCondition.UNCONTACTED_SQL),
  PLACEHOLDER((c, d) -> c.placeholder(), "placeholder = 1");

  static final String KEY_PERSON_SQL = "placeholder = 0 and (dm = 1 or infl = 1)";

  /** Over last_on, the key person's last contact; binds :staleBefore. */
  static final String UNCONTACTED_SQL = "(last_on is null or last_on < :staleBefore)";

  /**
   * Java: the whole fact on the day asked. SQL: for a dated fact, only its undated part (see {@link
   * #dated}).
   */
  final BiPredicate<ContactRow, LocalDate> test;

  final String sql;

  /**
   * Also requires a contact on or after the cut-off. The summary stores, per account, the latest
   * last contact among the contacts matching {@link #sql} ({@link #lastColumn()}); the fact is
   * present on a day when that date is not before the day's cut-off. Rules only ask whether a dated
   * fact is present.
   */
  final boolean dated;

  ContactCondition(BiPredicate<ContactRow, LocalDate> test, String sql) {
    this(test, sql, false);
  }

  ContactCondition(BiPredicate<ContactRow, LocalDate> test, String sql, boolean dated) {
    this.test = test;
    this.sql = sql;
    this.dated = dated;
  }

  /** The aggregate column this fact is counted into (for a dated fact: 1 when present, else 0). */
  String column() {
    return "f_" + name().toLowerCase();
  }

  /** For a dated fact: the stored column holding the latest last contact of its candidates. */
  String lastColumn() {
    return "l_" + name().toLowerCase();
  }

  /**
   * Facts the summary stores as counts: all but STALE and the dated ones, which depend on the day
   * asked.
   */
  static List<ContactCondition> stored() {
    return Arrays.stream(values()).filter(f -> f != STALE && !f.dated).toList();
  }

  /** Facts the summary stores as a latest contact date. */
  static List<ContactCondition> datedFacts() {
    return Arrays.stream(values()).filter(f -> f.dated).toList();
  }

  static ContactCondition named(Layer layer) {
    return valueOf("NAMED_" + layer.name());
  }

  static ContactCondition strong(Layer layer) {
    return valueOf("STRONG_" + layer.name());
  }

  private static BiPredicate<ContactRow, LocalDate> namedIn(Layer layer) {
    return (c, d) -> !c.placeholder() && c.layer() == layer;
  }

  private static BiPredicate<ContactRow, LocalDate> strongIn(Layer layer) {
    return (c, d) -> c.layer() == layer && strong(c, d);
  }

  /**
   * Strong (docs/method.md §6: covered by a close relationship): named, closeness ≥ 4, not an
   * opponent, and contacted on or after the cut-off {@code staleBefore}; never contacted is not
   * strong.
   */
  static boolean strong(ContactRow c, LocalDate staleBefore) {
    return !c.placeholder()
        && c.closeness() >= 4
        && c.attitude() != Attitude.OPPONENT
        && c.lastContactedOn() != null
        && !c.lastContactedOn().isBefore(staleBefore);
  }

  /** The undated part of strong, over the summary's per-contact columns. */
  private static String strongSql(String layer) {
    return "placeholder = 0 and " + layer + " and closeness >= 4 and attitude <> 'OPPONENT'";
  }
}
