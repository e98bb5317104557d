import type { SearchHit } from './api';

/** Where a hit opens: the record's own page, or for a user the accounts they own. */
export function hitTarget(hit: SearchHit): string {
  switch (hit.kind) {
    case 'ACCOUNT':
      return `/accounts/${hit.id}`;
    case 'CONTACT':
      return hit.accountId ? `/accounts/${hit.accountId}?tab=contacts` : '/accounts';
    case 'OPPORTUNITY':
      return `/opportunities/${hit.id}`;
    case 'USER':
      return `/accounts?ownerId=${hit.id}`;
  }
}
