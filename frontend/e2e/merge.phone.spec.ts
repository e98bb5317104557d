import { ADMIN, test } from './fixtures';
import { duplicatesToMerge } from './merge-walk';

test.use({ user: ADMIN });

// At 390 px the fields are stacked, one card per field.
test('ADMIN on a phone: duplicates merged with the fields stacked', async ({ page, signIn, shot, baseURL }) => {
  await signIn('/accounts/duplicates');
  await duplicatesToMerge(page, baseURL, shot, true);
});
