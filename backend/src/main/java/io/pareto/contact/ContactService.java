package io.pareto.contact;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class ContactService {
  private final ContactRepository contacts;
  private final AccountService accounts;
  private final Caller caller;
  private final AuditTrail audit;

  public ContactService(ContactRepository contacts, AccountService accounts, Caller caller, AuditTrail audit) {
    this.contacts = contacts;
    this.accounts = accounts;
    this.caller = caller;
    this.audit = audit;
  }

  /** Contacts of one account (404 if the account is not visible), or of every visible account. */
  public Page<ContactDto> list(Long accountId, Layer layer, String q, PageRequest page) {
    if (accountId != null) accounts.requireVisible(accountId);
    return contacts.page(caller.scope(), accountId, layer, q, page).map(ContactDto::of);
  }

  public Optional<ContactDto> get(long id) {
    return contacts.findVisible(caller.scope(), id).map(ContactDto::of);
  }

  @Transactional
  public ContactDto create(long accountId, ContactInput in) {
    Account a = accounts.requireVisible(accountId);
    Contact c = new Contact();
    c.account = a;
    apply(c, in);
    contacts.persistAndFlush(c);
    audit.created("CONTACT", c.id, a.id, ContactDto.of(c));
    return ContactDto.of(c);
  }

  @Transactional
  public ContactDto replace(long id, long expectedVersion, ContactInput in) {
    Contact c = require(id);
    ETags.check(expectedVersion, c.version);
    ContactDto before = ContactDto.of(c);
    apply(c, in);
    contacts.flush();
    audit.updated("CONTACT", c.id, c.account.id, before, ContactDto.of(c));
    return ContactDto.of(c);
  }

  public ContactInput currentInput(long id) {
    return ContactInput.of(require(id));
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    Contact c = require(id);
    ETags.check(expectedVersion, c.version);
    audit.deleted("CONTACT", c.id, c.account.id, ContactDto.of(c));
    contacts.delete(c);
  }

  private Contact require(long id) {
    return contacts.findVisible(caller.scope(), id).orElseThrow(() -> ProblemException.notFound("Contact", id));
  }

  private void apply(Contact c, ContactInput in) {
    if (in.externalId() != null) {
      contacts.findByExternalId(in.externalId()).filter(o -> !o.id.equals(c.id)).ifPresent(o -> {
        throw ProblemException.conflict("externalId: '" + in.externalId() + "' is already used by contact " + o.id);
      });
    }
    c.externalId = in.externalId();
    c.name = in.name();
    c.title = in.title();
    c.department = in.department();
    c.email = in.email();
    c.phone = in.phone();
    c.layer = in.layer();
    c.lastContactedOn = in.lastContactedOn();
  }
}
