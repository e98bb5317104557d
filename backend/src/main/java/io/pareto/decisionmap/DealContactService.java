package io.pareto.decisionmap;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.contact.ContactDto;
import io.pareto.contact.ContactService;
import io.pareto.decisionmap.LinkDtos.DealContactDto;
import io.pareto.decisionmap.LinkDtos.DealContactInput;
import io.pareto.pipeline.OpportunityDto;
import io.pareto.pipeline.OpportunityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;

/** The buying centre of a deal (docs/method.md §5 "decision makers and influencers", §6). */
@ApplicationScoped
@RetriedOnContention
public class DealContactService {
  private final EntityManager em;
  private final OpportunityService opportunities;
  private final ContactService contacts;
  private final AuditTrail audit;

  public DealContactService(
      EntityManager em,
      OpportunityService opportunities,
      ContactService contacts,
      AuditTrail audit) {
    this.em = em;
    this.opportunities = opportunities;
    this.contacts = contacts;
    this.audit = audit;
  }

  public List<DealContactDto> list(long opportunityId) {
    requireDeal(opportunityId);
    return em.createQuery(
            """
            select d as deal, c.name as name
              from DealContact d, Contact c
             where c.id = d.id.contactId and d.id.opportunityId = :o
             order by c.layer, c.name, c.id""",
            Tuple.class)
        .setParameter("o", opportunityId)
        .getResultStream()
        .map(r -> DealContactDto.of(r.get("deal", DealContact.class), r.get("name", String.class)))
        .toList();
  }

  public DealContactDto get(long opportunityId, long contactId) {
    requireDeal(opportunityId);
    DealContact d = em.find(DealContact.class, new DealContact.Key(opportunityId, contactId));
    if (d == null)
      throw ProblemException.notFound("Contact of opportunity " + opportunityId, contactId);
    return DealContactDto.of(d, contacts.get(contactId).map(ContactDto::name).orElse(null));
  }

  /**
   * Adds the contact to the deal or changes its role/attitude; the contact must be of the deal's
   * account.
   */
  @Transactional
  public DealContactDto put(long opportunityId, long contactId, DealContactInput in) {
    OpportunityDto deal = requireDeal(opportunityId);
    ContactDto c =
        contacts
            .get(contactId)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "contactId", "contact " + contactId + " does not exist"));
    if (c.accountId() != deal.accountId()) {
      throw ProblemException.badRequest(
          "contactId", "contact " + contactId + " belongs to another account than the deal");
    }
    DealContact d = em.find(DealContact.class, new DealContact.Key(opportunityId, contactId));
    boolean created = d == null;
    DealContactDto before = created ? null : DealContactDto.of(d, c.name());
    if (created) {
      d = new DealContact();
      d.id = new DealContact.Key(opportunityId, contactId);
    }
    d.dealRole = in == null ? null : in.dealRole();
    d.attitude = in == null ? null : in.attitude();
    if (created) em.persist(d);
    em.flush();
    DealContactDto after = DealContactDto.of(d, c.name());
    if (created)
      audit.created("DEAL_CONTACT", opportunityId + "/" + contactId, deal.accountId(), after);
    else
      audit.updated(
          "DEAL_CONTACT", opportunityId + "/" + contactId, deal.accountId(), before, after);
    return after;
  }

  @Transactional
  public void delete(long opportunityId, long contactId) {
    OpportunityDto deal = requireDeal(opportunityId);
    DealContact d = em.find(DealContact.class, new DealContact.Key(opportunityId, contactId));
    if (d == null)
      throw ProblemException.notFound("Contact of opportunity " + opportunityId, contactId);
    audit.deleted(
        "DEAL_CONTACT",
        opportunityId + "/" + contactId,
        deal.accountId(),
        DealContactDto.of(d, null));
    em.remove(d);
  }

  OpportunityDto requireDeal(long id) {
    return opportunities.get(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
  }
}
