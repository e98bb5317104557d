package io.pareto.decisionmap;

import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Layer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Per-contact facts the gap and score rules count, each defined twice side by side: as a Java
 * predicate (the single map, unit-tested) and as an SQL condition over the per-contact columns of
 * {@link SummarySql} (the stored per-account summary the portfolio reads). Keep the two in step;
 * DecisionMapGapsTest and DecisionMapSummaryTest check they agree. Placeholders count only for
 * PLACEHOLDER: an unmet person covers nothing. STALE is the one fact that depends on today: the summary
 * stores its date input (the key persons' last contact, {@link #KEY_PERSON}), never the verdict.
 */
enum Fact {
  NAMED_EXECUTIVE(namedIn(Layer.EXECUTIVE), "placeholder = 0 and layer = 'EXECUTIVE'"),
  NAMED_DECISION(namedIn(Layer.DECISION), "placeholder = 0 and layer = 'DECISION'"),
  NAMED_IMPLEMENTATION(namedIn(Layer.IMPLEMENTATION), "placeholder = 0 and layer = 'IMPLEMENTATION'"),
  NAMED_USER(namedIn(Layer.USER), "placeholder = 0 and layer = 'USER'"),
  STRONG_EXECUTIVE(strongIn(Layer.EXECUTIVE), strongSql("EXECUTIVE")),
  STRONG_DECISION(strongIn(Layer.DECISION), strongSql("DECISION")),
  STRONG_IMPLEMENTATION(strongIn(Layer.IMPLEMENTATION), strongSql("IMPLEMENTATION")),
  STRONG_USER(strongIn(Layer.USER), strongSql("USER")),
  DECISION_MAKER((c, d) -> !c.placeholder() && c.has(BuyingRole.DECISION_MAKER), "placeholder = 0 and dm = 1"),
  DECISION_MAKER_OPPOSED((c, d) -> !c.placeholder() && c.has(BuyingRole.DECISION_MAKER) && c.attitude() == Attitude.OPPONENT,
      "placeholder = 0 and dm = 1 and attitude = 'OPPONENT'"),
  DECISION_MAKER_RESISTANT((c, d) -> !c.placeholder() && c.has(BuyingRole.DECISION_MAKER)
      && (c.attitude() == Attitude.OPPONENT || c.attitude() == Attitude.SKEPTIC),
      "placeholder = 0 and dm = 1 and attitude in ('OPPONENT', 'SKEPTIC')"),
  CLOSE_AT_TOP((c, d) -> !c.placeholder() && (c.layer() == Layer.DECISION || c.layer() == Layer.EXECUTIVE) && c.closeness() >= 4,
      "placeholder = 0 and layer in ('DECISION', 'EXECUTIVE') and closeness >= 4"),
  COMPETITOR_CLOSE((c, d) -> !c.placeholder() && c.isKeyPerson() && c.competitorCloseness() >= 4,
      "placeholder = 0 and (dm = 1 or infl = 1) and comp_close >= 4"),
  COACH((c, d) -> !c.placeholder() && c.has(BuyingRole.COACH), "placeholder = 0 and coach = 1"),
  CLOSE_CHAMPION((c, d) -> !c.placeholder() && c.attitude() == Attitude.CHAMPION && c.closeness() >= 3,
      "placeholder = 0 and attitude = 'CHAMPION' and closeness >= 3"),
  CLOSE((c, d) -> !c.placeholder() && c.closeness() >= 3, "placeholder = 0 and closeness >= 3"),
  CLOSE_HELD((c, d) -> !c.placeholder() && c.closeness() >= 3 && !c.ownerUserIds().isEmpty(),
      "placeholder = 0 and closeness >= 3 and owner_min is not null"),
  /** A named decision maker or influencer: whose last contact STALE looks at. */
  KEY_PERSON((c, d) -> !c.placeholder() && c.isKeyPerson(), Fact.KEY_PERSON_SQL),
  /** A decision maker or influencer not contacted since the cut-off (never contacted counts as stale). */
  STALE((c, staleBefore) -> !c.placeholder() && c.isKeyPerson()
      && (c.lastContactedOn() == null || c.lastContactedOn().isBefore(staleBefore)),
      Fact.KEY_PERSON_SQL + " and " + Fact.UNCONTACTED_SQL),
  PLACEHOLDER((c, d) -> c.placeholder(), "placeholder = 1");

  static final String KEY_PERSON_SQL = "placeholder = 0 and (dm = 1 or infl = 1)";
  /** Over last_on, the key person's last contact; binds :staleBefore. */
  static final String UNCONTACTED_SQL = "(last_on is null or last_on < :staleBefore)";

  final BiPredicate<ContactRow, LocalDate> test;
  final String sql;

  Fact(BiPredicate<ContactRow, LocalDate> test, String sql) {
    this.test = test;
    this.sql = sql;
  }

  /** The aggregate column this fact is counted into. */
  String column() {
    return "f_" + name().toLowerCase();
  }

  /** Facts the summary stores as counts: all but STALE, which depends on the day it is asked. */
  static List<Fact> stored() {
    return Arrays.stream(values()).filter(f -> f != STALE).toList();
  }

  static Fact named(Layer layer) {
    return valueOf("NAMED_" + layer.name());
  }

  static Fact strong(Layer layer) {
    return valueOf("STRONG_" + layer.name());
  }

  private static BiPredicate<ContactRow, LocalDate> namedIn(Layer layer) {
    return (c, d) -> !c.placeholder() && c.layer() == layer;
  }

  /** Strong: closeness ≥ 4 and not an opponent (domain.md §6: covered by a close relationship). */
  private static BiPredicate<ContactRow, LocalDate> strongIn(Layer layer) {
    return (c, d) -> !c.placeholder() && c.layer() == layer && c.closeness() >= 4 && c.attitude() != Attitude.OPPONENT;
  }

  private static String strongSql(String layer) {
    return "placeholder = 0 and layer = '" + layer + "' and closeness >= 4 and attitude <> 'OPPONENT'";
  }
}
