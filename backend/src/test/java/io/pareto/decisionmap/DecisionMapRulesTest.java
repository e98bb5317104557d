package io.pareto.decisionmap;

import static io.pareto.contact.Attitude.CHAMPION;
import static io.pareto.contact.Attitude.NEUTRAL;
import static io.pareto.contact.Attitude.OPPONENT;
import static io.pareto.contact.Attitude.SKEPTIC;
import static io.pareto.contact.Attitude.SUPPORTER;
import static io.pareto.contact.BuyingRole.COACH;
import static io.pareto.contact.BuyingRole.DECISION_MAKER;
import static io.pareto.contact.BuyingRole.INFLUENCER;
import static io.pareto.contact.BuyingRole.PURCHASER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.contact.Attitude;
import io.pareto.contact.BuyingRole;
import io.pareto.contact.Layer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The gap and score rules on hand-built maps: one map per gap code, expected values computed by
 * hand.
 */
class DecisionMapRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final LocalDate STALE_BEFORE = TODAY.minusDays(90);

  static ContactRow row(
      long id,
      Layer layer,
      Attitude attitude,
      int closeness,
      Set<Long> owners,
      BuyingRole... roles) {
    return new ContactRow(
        id,
        layer,
        false,
        roles.length == 0 ? EnumSet.noneOf(BuyingRole.class) : EnumSet.of(roles[0], roles),
        attitude,
        closeness,
        0,
        TODAY,
        owners);
  }

  /**
   * Every layer strong, a close champion decision maker, a coach, two of our users: score 100, no
   * gaps.
   */
  static List<ContactRow> perfect() {
    return new ArrayList<>(
        List.of(
            row(1, Layer.EXECUTIVE, SUPPORTER, 4, Set.of(100L)),
            row(2, Layer.DECISION, CHAMPION, 5, Set.of(200L), DECISION_MAKER),
            row(3, Layer.IMPLEMENTATION, SUPPORTER, 4, Set.of(), COACH),
            row(4, Layer.USER, NEUTRAL, 4, Set.of())));
  }

  static List<ContactRow> perfectWith(int index, UnaryOperator<ContactRow> change) {
    List<ContactRow> rows = perfect();
    rows.set(index, change.apply(rows.get(index)));
    return rows;
  }

  static ContactRow with(
      ContactRow c,
      Layer layer,
      Set<BuyingRole> roles,
      Attitude attitude,
      int closeness,
      int competitorCloseness,
      LocalDate lastContacted,
      Set<Long> owners) {
    return new ContactRow(
        c.id(),
        layer,
        c.placeholder(),
        roles,
        attitude,
        closeness,
        competitorCloseness,
        lastContacted,
        owners);
  }

  static void assertMap(List<ContactRow> rows, int score, String... gaps) {
    var e = DecisionMapRules.evaluate(rows, STALE_BEFORE, ScoreWeights.DEFAULT);
    List<String> actual =
        e.findings().stream()
            .map(
                f ->
                    f.rule()
                        + (f.contactId() != null ? "#" + f.contactId() : "")
                        + (f.rule() == GapRule.LAYER_UNCOVERED ? "@" + f.layer() : ""))
            .toList();
    assertEquals(List.of(gaps), actual);
    assertEquals(score, e.score());
    for (GapRule r : GapRule.values()) {
      assertEquals(
          e.findings().stream().filter(f -> f.rule() == r).count(),
          r.count(e.facts()),
          "portfolio count of " + r);
    }
  }

  @Test
  void perfectMapScores100WithoutGaps() {
    assertMap(perfect(), 100);
  }

  @Test
  void emptyMapHasEveryAccountLevelGap() {
    // Only "no resistant decision maker" holds (vacuously): 10 points.
    assertMap(
        List.of(),
        10,
        "NO_DECISION_LAYER_CONTACT",
        "NO_DECISION_MAKER",
        "WEAK_DECISION_RELATIONSHIP",
        "NO_COACH",
        "SINGLE_THREADED",
        "LAYER_UNCOVERED@EXECUTIVE",
        "LAYER_UNCOVERED@DECISION",
        "LAYER_UNCOVERED@IMPLEMENTATION",
        "LAYER_UNCOVERED@USER");
  }

  @Test
  void noDecisionLayerContact() {
    // The decision maker sits in EXECUTIVE: DECISION is empty and loses its 30 points; EXECUTIVE
    // stays strong.
    var rows =
        perfectWith(
            1, c -> with(c, Layer.EXECUTIVE, c.roles(), CHAMPION, 5, 0, TODAY, c.ownerUserIds()));
    assertMap(rows, 70, "NO_DECISION_LAYER_CONTACT", "LAYER_UNCOVERED@DECISION");
  }

  @Test
  void noDecisionMaker() {
    var rows =
        perfectWith(
            1,
            c ->
                with(
                    c,
                    Layer.DECISION,
                    EnumSet.noneOf(BuyingRole.class),
                    CHAMPION,
                    5,
                    0,
                    TODAY,
                    c.ownerUserIds()));
    assertMap(rows, 100, "NO_DECISION_MAKER");
  }

  @Test
  void decisionMakerOpposed() {
    var rows = perfect();
    rows.add(row(5, Layer.DECISION, OPPONENT, 2, Set.of(), DECISION_MAKER));
    assertMap(rows, 90, "DECISION_MAKER_OPPOSED#5");
  }

  @Test
  void skepticalDecisionMakerCostsPointsButIsNoGap() {
    var rows = perfect();
    rows.add(row(5, Layer.DECISION, SKEPTIC, 2, Set.of(), DECISION_MAKER));
    assertMap(rows, 90);
  }

  @Test
  void weakDecisionRelationship() {
    var rows =
        perfectWith(
            0, c -> with(c, c.layer(), c.roles(), SUPPORTER, 3, 0, TODAY, c.ownerUserIds()));
    rows.set(
        1,
        with(
            rows.get(1),
            Layer.DECISION,
            rows.get(1).roles(),
            CHAMPION,
            3,
            0,
            TODAY,
            rows.get(1).ownerUserIds()));
    assertMap(rows, 55, "WEAK_DECISION_RELATIONSHIP");
  }

  @Test
  void competitorCloseToDecisionMaker() {
    var rows =
        perfectWith(1, c -> with(c, c.layer(), c.roles(), CHAMPION, 5, 4, TODAY, c.ownerUserIds()));
    assertMap(rows, 100, "COMPETITOR_CLOSE_TO_DECISION_MAKER#2");
  }

  @Test
  void competitorCloseToAnInfluencerCountsToo_butNotToOthers() {
    var rows =
        perfectWith(
            3, c -> with(c, c.layer(), EnumSet.of(INFLUENCER), NEUTRAL, 4, 5, TODAY, Set.of()));
    rows.set(
        0,
        with(
            rows.get(0),
            Layer.EXECUTIVE,
            EnumSet.noneOf(BuyingRole.class),
            SUPPORTER,
            4,
            5,
            TODAY,
            Set.of(100L)));
    assertMap(rows, 100, "COMPETITOR_CLOSE_TO_DECISION_MAKER#4");
  }

  @Test
  void noCoach() {
    var rows =
        perfectWith(
            2,
            c ->
                with(
                    c,
                    c.layer(),
                    EnumSet.noneOf(BuyingRole.class),
                    SUPPORTER,
                    4,
                    0,
                    TODAY,
                    Set.of()));
    assertMap(rows, 90, "NO_COACH");
  }

  @Test
  void singleThreadedWhenOneUserHoldsEveryCloseContact() {
    List<ContactRow> rows =
        perfect().stream()
            .map(
                c ->
                    with(
                        c,
                        c.layer(),
                        c.roles(),
                        c.attitude(),
                        c.closeness(),
                        0,
                        TODAY,
                        Set.of(100L)))
            .toList();
    assertMap(rows, 100, "SINGLE_THREADED");
  }

  @Test
  void singleThreadedWhenFewerThanTwoCloseContacts() {
    List<ContactRow> rows =
        perfect().stream()
            .map(
                c ->
                    c.id() == 2
                        ? c
                        : with(
                            c, c.layer(), c.roles(), c.attitude(), 2, 0, TODAY, c.ownerUserIds()))
            .toList();
    // Only DECISION stays strong: 30 + champion 10 + coach 10 + no resistant DM 10.
    assertMap(rows, 60, "SINGLE_THREADED");
  }

  @Test
  void singleThreadedWhenOnlyOneUserHoldsAnyCloseContact() {
    // Four close contacts, one held by our user 100, the others held by nobody: one thread.
    List<ContactRow> rows =
        perfect().stream()
            .map(
                c ->
                    with(
                        c,
                        c.layer(),
                        c.roles(),
                        c.attitude(),
                        c.closeness(),
                        0,
                        TODAY,
                        c.id() == 1 ? Set.of(100L) : Set.of()))
            .toList();
    assertMap(rows, 100, "SINGLE_THREADED");
    // Nobody holds any: no thread at all.
    List<ContactRow> unheld =
        rows.stream()
            .map(
                c -> with(c, c.layer(), c.roles(), c.attitude(), c.closeness(), 0, TODAY, Set.of()))
            .toList();
    assertMap(unheld, 100, "SINGLE_THREADED");
  }

  @Test
  void layerUncovered() {
    var rows = perfect();
    rows.remove(3);
    assertMap(rows, 90, "LAYER_UNCOVERED@USER");
  }

  @Test
  void placeholderIsUnidentifiedAndCoversNothing() {
    var rows = perfect();
    rows.remove(3);
    rows.add(
        new ContactRow(9, Layer.USER, true, EnumSet.of(PURCHASER), null, 0, 0, null, Set.of()));
    assertMap(rows, 90, "UNIDENTIFIED_KEY_PERSON#9", "LAYER_UNCOVERED@USER");
  }

  @Test
  void weightsComeFromConfigurationAndTheSumIsCapped() {
    var heavy = new ScoreWeights(50, 50, 50, 50, 0, 0, 0);
    assertEquals(100, heavy.score(MapFacts.of(perfect(), STALE_BEFORE)));
    assertEquals(
        0, new ScoreWeights(0, 0, 0, 0, 0, 0, 0).score(MapFacts.of(perfect(), STALE_BEFORE)));
  }
}
