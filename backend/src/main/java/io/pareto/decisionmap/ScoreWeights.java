package io.pareto.decisionmap;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Points of the decision-map score (0..100). Default formula: 15 if EXECUTIVE has a strong contact,
 * 30 DECISION, 15 IMPLEMENTATION, 10 USER; +10 if a CHAMPION with closeness ≥ 3 exists; +10 if a
 * COACH exists; +10 if no DECISION_MAKER is OPPONENT or SKEPTIC. Strong = named, closeness ≥ 4, not
 * OPPONENT and contacted within the stale window ({@link ContactCondition#strong}). Set in
 * pareto.decision-map.weight.*; the sum is capped at 100.
 */
public record ScoreWeights(
    int executive,
    int decision,
    int implementation,
    int user,
    int champion,
    int coach,
    int noResistantDecisionMaker) {
  public static final ScoreWeights DEFAULT = new ScoreWeights(15, 30, 15, 10, 10, 10, 10);

  /** One term of the formula: {@code points} when the fact is present (or absent). */
  record Part(ContactCondition fact, boolean whenPresent, int points) {}

  List<Part> parts() {
    return List.of(
        new Part(ContactCondition.STRONG_EXECUTIVE, true, executive),
        new Part(ContactCondition.STRONG_DECISION, true, decision),
        new Part(ContactCondition.STRONG_IMPLEMENTATION, true, implementation),
        new Part(ContactCondition.STRONG_USER, true, user),
        new Part(ContactCondition.CLOSE_CHAMPION, true, champion),
        new Part(ContactCondition.COACH, true, coach),
        new Part(ContactCondition.DECISION_MAKER_RESISTANT, false, noResistantDecisionMaker));
  }

  /** The score of one account. */
  public int score(MapFacts f) {
    int s =
        parts().stream()
            .mapToInt(p -> (f.count(p.fact()) > 0) == p.whenPresent() ? p.points() : 0)
            .sum();
    return Math.max(0, Math.min(100, s));
  }

  /** The same score as an SQL expression over the aggregate columns. */
  String sql() {
    return parts().stream()
        .map(
            p ->
                "(case when "
                    + p.fact().column()
                    + (p.whenPresent() ? " > 0" : " = 0")
                    + " then "
                    + p.points()
                    + " else 0 end)")
        .collect(Collectors.joining(" + ", "least(100, greatest(0, ", "))"));
  }
}
