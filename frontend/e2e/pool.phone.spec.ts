import { MANAGER, test } from './fixtures';
import { assignFromPool, releaseAndClaim } from './pool-walk';

// The 公海 at 390 × 844 by touch: the same steps as on the desktop, cards instead of a table.
test('REP on a phone: release to the 公海 and claim back by touch', async ({ page, signIn, shot }) => {
  await signIn('/accounts?category=NORMAL');
  await releaseAndClaim(page, shot, true);
});

test.describe('MANAGER on a phone', () => {
  test.use({ user: MANAGER });
  test('MANAGER on a phone: assign from the 公海 by touch', async ({ page, signIn, shot, baseURL }) => {
    await signIn('/pool');
    await assignFromPool(page, baseURL, shot, true);
  });
});
