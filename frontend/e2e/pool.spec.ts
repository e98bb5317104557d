import { MANAGER, test } from './fixtures';
import { assignFromPool, releaseAndClaim } from './pool-walk';

test('REP: release a normal account to the 公海, find it there and claim it back', async ({ page, signIn, shot }) => {
  await signIn('/accounts?category=NORMAL');
  await releaseAndClaim(page, shot, false);
});

test.describe('MANAGER', () => {
  test.use({ user: MANAGER });
  test('MANAGER: assign an account a rep released to a rep of the team', async ({ page, signIn, shot, baseURL }) => {
    await signIn('/pool');
    await assignFromPool(page, baseURL, shot, false);
  });
});
