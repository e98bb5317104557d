package io.pareto.contact;

import io.pareto.account.AccountDeleting;
import io.pareto.webhook.WebhookEvents;
import io.pareto.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database cascades an account's contacts away with it; integrations still hear of each one, as
 * they would had it been deleted alone (contact.deleted with the contact as it was).
 */
@ApplicationScoped
class ContactsGoneWithAccount {
  private final ContactRepository contacts;
  private final WebhookOutbox outbox;

  ContactsGoneWithAccount(ContactRepository contacts, WebhookOutbox outbox) {
    this.contacts = contacts;
    this.outbox = outbox;
  }

  void onAccountDeleting(@Observes AccountDeleting e) {
    if (!outbox.subscribed(WebhookEvents.CONTACT_DELETED)) return;
    Map<String, ContactDto> gone = new LinkedHashMap<>();
    for (Contact c : contacts.ofAccount(e.accountId())) {
      gone.put("CONTACT:" + c.id, ContactDto.of(c));
      // the database deletes the row; a managed copy would make the flush refer to a removed
      // account
      contacts.getEntityManager().detach(c);
    }
    outbox.publishAll(WebhookEvents.CONTACT_DELETED, gone);
  }
}
