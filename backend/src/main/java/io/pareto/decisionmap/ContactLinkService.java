package io.pareto.decisionmap;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.contact.ContactDto;
import io.pareto.contact.ContactService;
import io.pareto.decisionmap.LinkDtos.LinkDto;
import io.pareto.decisionmap.LinkDtos.LinkInput;
import io.pareto.decisionmap.LinkDtos.OwnerDto;
import io.pareto.decisionmap.LinkDtos.OwnerInput;
import io.pareto.user.UserDto;
import io.pareto.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Influence links between contacts and our relationship owners (docs/method.md §6): the informal
 * lines of the decision map. Both ends must belong to the same, visible account.
 */
@ApplicationScoped
@RetriedOnContention
public class ContactLinkService {
  private final EntityManager em;
  private final ContactService contacts;
  private final UserService users;
  private final AuditTrail audit;
  private final DecisionMapSummaries summaries;

  public ContactLinkService(
      EntityManager em,
      ContactService contacts,
      UserService users,
      AuditTrail audit,
      DecisionMapSummaries summaries) {
    this.em = em;
    this.contacts = contacts;
    this.users = users;
    this.audit = audit;
    this.summaries = summaries;
  }

  /** Links that start or end at the contact. */
  public List<LinkDto> links(long contactId) {
    requireContact(contactId);
    return em.createQuery(
            "from ContactLink l where l.fromContactId = :c or l.toContactId = :c order by l.id",
            ContactLink.class)
        .setParameter("c", contactId)
        .getResultStream()
        .map(LinkDto::of)
        .toList();
  }

  @Transactional
  public LinkDto createLink(long contactId, LinkInput in) {
    ContactDto from = requireContact(contactId);
    ContactLink l = new ContactLink();
    l.accountId = from.accountId();
    l.fromContactId = contactId;
    apply(l, from, in);
    em.persist(l);
    em.flush();
    audit.created("CONTACT_LINK", l.id, l.accountId, LinkDto.of(l));
    return LinkDto.of(l);
  }

  @Transactional
  public LinkDto replaceLink(long contactId, long linkId, long expectedVersion, LinkInput in) {
    ContactDto from = requireContact(contactId);
    ContactLink l = requireLink(contactId, linkId);
    ETags.check(expectedVersion, l.version);
    LinkDto before = LinkDto.of(l);
    apply(l, from, in);
    em.flush();
    audit.updated("CONTACT_LINK", l.id, l.accountId, before, LinkDto.of(l));
    return LinkDto.of(l);
  }

  @Transactional
  public void deleteLink(long contactId, long linkId, long expectedVersion) {
    requireContact(contactId);
    ContactLink l = requireLink(contactId, linkId);
    ETags.check(expectedVersion, l.version);
    audit.deleted("CONTACT_LINK", l.id, l.accountId, LinkDto.of(l));
    em.remove(l);
  }

  public List<OwnerDto> owners(long contactId) {
    requireContact(contactId);
    return em.createQuery(
            """
            select o as owner, u.name as userName
              from RelationshipOwner o, AppUser u
             where u.id = o.userId and o.contactId = :c
             order by o.strength desc, o.id""",
            Tuple.class)
        .setParameter("c", contactId)
        .getResultStream()
        .map(
            r -> ownerDto(r.get("owner", RelationshipOwner.class), r.get("userName", String.class)))
        .toList();
  }

  @Transactional
  public OwnerDto createOwner(long contactId, OwnerInput in) {
    ContactDto c = requireContact(contactId);
    UserDto u = requireUser(in.userId());
    long existing =
        em.createQuery(
                "select count(o) from RelationshipOwner o where o.contactId = :c and o.userId = :u",
                Long.class)
            .setParameter("c", contactId)
            .setParameter("u", in.userId())
            .getSingleResult();
    if (existing > 0)
      throw ProblemException.conflict(
          "userId: user " + in.userId() + " already holds contact " + contactId);
    RelationshipOwner o = new RelationshipOwner();
    o.accountId = c.accountId();
    o.contactId = contactId;
    o.userId = u.id();
    o.strength = in.strength();
    em.persist(o);
    em.flush();
    audit.created("RELATIONSHIP_OWNER", o.id, o.accountId, ownerDto(o, u.name()));
    summaries.refresh(
        List.of(o.accountId)); // who holds whom feeds SINGLE_THREADED; strength feeds nothing
    return ownerDto(o, u.name());
  }

  /** Changes the strength; the user is fixed (delete and add to hand a relationship over). */
  @Transactional
  public OwnerDto replaceOwner(long contactId, long ownerId, long expectedVersion, OwnerInput in) {
    requireContact(contactId);
    RelationshipOwner o = requireOwner(contactId, ownerId);
    ETags.check(expectedVersion, o.version);
    if (!in.userId().equals(o.userId)) {
      throw ProblemException.badRequest(
          "userId", "cannot change the user of a relationship; delete it and add another");
    }
    String name = requireUser(o.userId).name();
    OwnerDto before = ownerDto(o, name);
    o.strength = in.strength();
    em.flush();
    audit.updated("RELATIONSHIP_OWNER", o.id, o.accountId, before, ownerDto(o, name));
    return ownerDto(o, name);
  }

  @Transactional
  public void deleteOwner(long contactId, long ownerId, long expectedVersion) {
    requireContact(contactId);
    RelationshipOwner o = requireOwner(contactId, ownerId);
    ETags.check(expectedVersion, o.version);
    audit.deleted("RELATIONSHIP_OWNER", o.id, o.accountId, ownerDto(o, null));
    em.remove(o);
    summaries.refresh(List.of(o.accountId));
  }

  private void apply(ContactLink l, ContactDto from, LinkInput in) {
    if (in.toContactId() == from.id())
      throw ProblemException.badRequest("toContactId", "a contact cannot link to itself");
    ContactDto to =
        contacts
            .get(in.toContactId())
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "toContactId", "contact " + in.toContactId() + " does not exist"));
    if (to.accountId() != from.accountId()) {
      throw ProblemException.badRequest(
          "toContactId", "contact " + to.id() + " belongs to another account");
    }
    l.toContactId = to.id();
    l.kind = in.kind();
    l.strength = in.strength();
  }

  private ContactDto requireContact(long id) {
    return contacts.get(id).orElseThrow(() -> ProblemException.notFound("Contact", id));
  }

  private UserDto requireUser(long id) {
    return users
        .get(id)
        .orElseThrow(() -> ProblemException.badRequest("userId", "user " + id + " does not exist"));
  }

  private ContactLink requireLink(long contactId, long linkId) {
    ContactLink l = em.find(ContactLink.class, linkId);
    if (l == null || (l.fromContactId != contactId && l.toContactId != contactId)) {
      throw ProblemException.notFound("Link", linkId);
    }
    return l;
  }

  private RelationshipOwner requireOwner(long contactId, long ownerId) {
    RelationshipOwner o = em.find(RelationshipOwner.class, ownerId);
    if (o == null || o.contactId != contactId)
      throw ProblemException.notFound("Relationship owner", ownerId);
    return o;
  }

  private static OwnerDto ownerDto(RelationshipOwner o, String userName) {
    return new OwnerDto(o.id, o.contactId, o.userId, userName, o.strength, o.version);
  }
}
