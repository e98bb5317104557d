package io.pareto.contact;

/** A contact's attitude to us, from most to least favourable (docs/method.md §6). */
public enum Attitude {
  CHAMPION,
  SUPPORTER,
  NEUTRAL,
  SKEPTIC,
  OPPONENT
}
