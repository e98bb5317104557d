package io.pareto.merge;

/**
 * A field of a contact whose value a merge may take from the duplicate. Buying roles are always
 * united and the last contact date is the later one, so neither is a choice.
 */
public enum ContactField {
  NAME,
  EXTERNAL_ID,
  TITLE,
  DEPARTMENT,
  EMAIL,
  PHONE,
  LAYER,
  INFLUENCE,
  ATTITUDE,
  CLOSENESS,
  VALUE_ORIENTATION,
  PERSONAL_NOTES,
  REPORTS_TO,
  /** The competitor whose rep is close to the person, with that closeness. */
  COMPETITOR
}
