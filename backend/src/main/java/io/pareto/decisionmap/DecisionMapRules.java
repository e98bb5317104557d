package io.pareto.decisionmap;

import io.pareto.contact.Layer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Score and coded gaps of one map (docs/method.md §6), from the rules in {@link GapRule} and {@link
 * ScoreWeights}.
 */
public final class DecisionMapRules {
  private DecisionMapRules() {}

  /** One finding: the rule, and the contact or layer it is about when it is about one. */
  public record Finding(GapRule rule, Long contactId, Layer layer) {}

  public record Evaluation(int score, List<Finding> findings, MapFacts facts) {}

  /**
   * Evaluates a map. Findings come in rule order (HIGH first), per-contact findings in contact
   * order; their number per rule always equals {@link GapRule#count(MapFacts)}, which is what the
   * portfolio counts.
   */
  public static Evaluation evaluate(
      List<ContactRow> contacts, LocalDate staleBefore, ScoreWeights weights) {
    MapFacts facts = MapFacts.of(contacts, staleBefore);
    List<Finding> out = new ArrayList<>();
    for (GapRule rule : GapRule.values()) {
      switch (rule.kind) {
        case ABSENT, SINGLE_THREADED -> {
          if (rule.count(facts) > 0) out.add(new Finding(rule, null, null));
        }
        case EACH ->
            contacts.stream()
                .filter(c -> rule.fact.test.test(c, staleBefore))
                .forEach(c -> out.add(new Finding(rule, c.id(), c.layer())));
        case LAYERS_ABSENT -> {
          for (Layer l : Layer.values())
            if (facts.count(ContactCondition.named(l)) == 0) out.add(new Finding(rule, null, l));
        }
      }
    }
    return new Evaluation(weights.score(facts), out, facts);
  }
}
