package io.pareto.decisionmap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * pareto.decision-map.*: staleness cut-off and score weights (defaults = the documented formula).
 */
@ConfigMapping(prefix = "pareto.decision-map")
public interface DecisionMapConfig {
  /** A decision maker or influencer not contacted for more days than this is STALE_KEY_CONTACT. */
  @WithDefault("90")
  int staleAfterDays();

  Weight weight();

  interface Weight {
    @WithDefault("15")
    int executive();

    @WithDefault("30")
    int decision();

    @WithDefault("15")
    int implementation();

    @WithDefault("10")
    int user();

    @WithDefault("10")
    int champion();

    @WithDefault("10")
    int coach();

    @WithDefault("10")
    int noResistantDecisionMaker();
  }

  default ScoreWeights weights() {
    Weight w = weight();
    return new ScoreWeights(
        w.executive(),
        w.decision(),
        w.implementation(),
        w.user(),
        w.champion(),
        w.coach(),
        w.noResistantDecisionMaker());
  }
}
