package io.pareto.decisionmap;

import static io.pareto.contact.Attitude.CHAMPION;
import static io.pareto.contact.Attitude.OPPONENT;
import static io.pareto.contact.Attitude.SUPPORTER;
import static io.pareto.decisionmap.DecisionMapRulesTest.STALE_BEFORE;
import static io.pareto.decisionmap.DecisionMapRulesTest.TODAY;
import static io.pareto.decisionmap.DecisionMapRulesTest.assertMap;
import static io.pareto.decisionmap.DecisionMapRulesTest.perfect;
import static io.pareto.decisionmap.DecisionMapRulesTest.perfectWith;
import static io.pareto.decisionmap.DecisionMapRulesTest.with;

import io.pareto.contact.Layer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relationships decay without contact: the stale-contact gap and what staleness takes from the
 * score, on the hand-built maps of {@link DecisionMapRulesTest}.
 */
class DecisionMapStalenessTest {
  @Test
  void staleKeyContactAfterTheCutOff() {
    // The stale decision maker is no longer a strong DECISION contact: -30; EXECUTIVE keeps the top
    // covered.
    var rows =
        perfectWith(
            1,
            c ->
                with(
                    c,
                    c.layer(),
                    c.roles(),
                    CHAMPION,
                    5,
                    0,
                    STALE_BEFORE.minusDays(1),
                    c.ownerUserIds()));
    assertMap(rows, 70, "STALE_KEY_CONTACT#2");
    var onTheDay =
        perfectWith(
            1, c -> with(c, c.layer(), c.roles(), CHAMPION, 5, 0, STALE_BEFORE, c.ownerUserIds()));
    assertMap(onTheDay, 100);
  }

  @Test
  void relationshipsDecayWithoutContact_aMapOfStaleKeyPersonsIsNotHealthy() {
    // Every contact last seen the day before the cut-off: no layer is strong any more (15+30+15+10
    // lost), the
    // top is weak; champion, coach and no resistant decision maker still hold: 30.
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
                        STALE_BEFORE.minusDays(1),
                        c.ownerUserIds()))
            .toList();
    assertMap(rows, 30, "WEAK_DECISION_RELATIONSHIP", "STALE_KEY_CONTACT#2");
  }

  @Test
  void neverContactedIsNotStrong() {
    var rows =
        perfectWith(0, c -> with(c, c.layer(), c.roles(), SUPPORTER, 5, 0, null, c.ownerUserIds()));
    assertMap(rows, 85);
    // Neither decision-layer nor executive contact strong: the top is weak.
    rows.set(
        1,
        with(
            rows.get(1),
            Layer.DECISION,
            rows.get(1).roles(),
            CHAMPION,
            5,
            0,
            null,
            rows.get(1).ownerUserIds()));
    assertMap(rows, 55, "WEAK_DECISION_RELATIONSHIP", "STALE_KEY_CONTACT#2");
  }

  @Test
  void aCloseOpponentAtTheTopIsNoStrongRelationship() {
    // Executive: closeness 5 but OPPONENT; decision maker only closeness 3. Not strong at the top.
    var rows =
        perfectWith(0, c -> with(c, c.layer(), c.roles(), OPPONENT, 5, 0, TODAY, c.ownerUserIds()));
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
}
