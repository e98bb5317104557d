import type { Layer, Stage } from './api';

/** Enum values in the order forms offer them (the generated schema has the unions, not arrays). */
export const RELATIONSHIP_STAGES = ['ESTABLISHING', 'STABILISING', 'STRENGTHENING'] as const;
export const PROCUREMENT_MODES = ['CENTRALISED', 'DECENTRALISED'] as const;
export const PURCHASE_PATTERNS = ['RECURRING', 'ONE_OFF'] as const;
export const LAYERS = ['EXECUTIVE', 'DECISION', 'IMPLEMENTATION', 'USER'] as const satisfies readonly Layer[];
export const STAGES = ['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'COLLECTED', 'LOST'] as const satisfies readonly Stage[];
