import { ADMIN, test } from './fixtures';
import { duplicatesToMerge } from './merge-walk';

test.use({ user: ADMIN });

test('ADMIN: two spellings of one company found on the duplicates page and merged side by side', async ({ page, signIn, shot, baseURL }) => {
  await signIn('/accounts/duplicates');
  await duplicatesToMerge(page, baseURL, shot, false);
});
