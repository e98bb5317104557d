package io.pareto.merge;

import io.pareto.contact.ContactInput;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** The survivor's fields after a contact merge. */
final class ContactMergeFields {
  private ContactMergeFields() {}

  /**
   * The chosen fields from the duplicate, blanks filled from it, roles united, the later contact
   * date; a reporting line to either of the two is dropped (the duplicate goes, and nobody reports
   * to themselves).
   */
  static ContactInput combine(
      long survivorId,
      long duplicateId,
      ContactInput survivor,
      ContactInput duplicate,
      Set<ContactField> take) {
    FieldChoice<ContactInput> c = new FieldChoice<>(survivor, duplicate, take);
    Set<io.pareto.contact.BuyingRole> roles = new TreeSet<>();
    if (survivor.roles() != null) roles.addAll(survivor.roles());
    if (duplicate.roles() != null) roles.addAll(duplicate.roles());
    Long reportsTo = c.pick(ContactField.REPORTS_TO, ContactInput::reportsToId);
    if (reportsTo != null && (reportsTo == survivorId || reportsTo == duplicateId))
      reportsTo = null;
    boolean competitorFromDuplicate =
        take.contains(ContactField.COMPETITOR) || survivor.competitorId() == null;
    ContactInput competitor = competitorFromDuplicate ? duplicate : survivor;
    return new ContactInput(
        c.pick(ContactField.EXTERNAL_ID, ContactInput::externalId),
        c.pick(ContactField.NAME, ContactInput::name),
        c.pick(ContactField.TITLE, ContactInput::title),
        c.pick(ContactField.DEPARTMENT, ContactInput::department),
        c.pick(ContactField.EMAIL, ContactInput::email),
        c.pick(ContactField.PHONE, ContactInput::phone),
        c.pick(ContactField.LAYER, ContactInput::layer),
        later(survivor.lastContactedOn(), duplicate.lastContactedOn()),
        roles,
        c.pick(ContactField.INFLUENCE, ContactInput::influence),
        c.pick(ContactField.ATTITUDE, ContactInput::attitude),
        c.pick(ContactField.CLOSENESS, ContactInput::closeness),
        c.pick(ContactField.VALUE_ORIENTATION, ContactInput::valueOrientation),
        c.pick(ContactField.PERSONAL_NOTES, ContactInput::personalNotes),
        reportsTo,
        competitor.competitorId(),
        competitor.competitorCloseness());
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) return b;
    return b == null || a.isAfter(b) ? a : b;
  }
}
