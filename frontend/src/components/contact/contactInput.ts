import type { components } from '../../api/schema';

type Contact = components['schemas']['Contact'];
type ContactInput = components['schemas']['ContactInput'];

/**
 * The contact as a full PUT body. A form edits some fields only; the others must travel back
 * unchanged, or the replace would clear them.
 */
export function inputOf(current: Contact): ContactInput {
  return {
    externalId: current.externalId,
    name: current.name,
    title: current.title,
    department: current.department,
    email: current.email,
    phone: current.phone,
    layer: current.layer,
    lastContactedOn: current.lastContactedOn,
    roles: current.roles,
    influence: current.influence,
    attitude: current.attitude,
    closeness: current.closeness,
    valueOrientation: current.valueOrientation,
    personalNotes: current.personalNotes,
    reportsToId: current.reportsToId,
    competitorId: current.competitorId,
    competitorCloseness: current.competitorCloseness,
  };
}
