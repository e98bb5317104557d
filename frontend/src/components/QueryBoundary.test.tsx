import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../api/problem';
import i18n, { changeLanguage } from '../i18n';
import { QueryBoundary } from './QueryBoundary';

function Subject({ load }: { load: () => Promise<string[]> }) {
  const q = useQuery({ queryKey: ['subject'], queryFn: load });
  return (
    <QueryBoundary query={q} empty={{ when: (d) => d.length === 0, text: 'nothing here' }}>
      {(items) => <p>{items.join(', ')}</p>}
    </QueryBoundary>
  );
}

function renderWith(load: () => Promise<string[]>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <Subject load={load} />
    </QueryClientProvider>,
  );
}

describe('QueryBoundary', () => {
  beforeEach(async () => {
    await changeLanguage('en-US');
  });

  it('shows the loading skeleton, then the content', async () => {
    let resolve: (v: string[]) => void = () => undefined;
    renderWith(() => new Promise((r) => (resolve = r)));
    expect(screen.getByLabelText(i18n.t('common.loading'))).toBeInTheDocument();
    resolve(['华泰证券', '招商银行']);
    expect(await screen.findByText('华泰证券, 招商银行')).toBeInTheDocument();
  });

  it('shows the empty text when the answer holds nothing', async () => {
    renderWith(() => Promise.resolve([]));
    expect(await screen.findByText('nothing here')).toBeInTheDocument();
  });

  it('shows the problem with a retry that asks again', async () => {
    let calls = 0;
    renderWith(() => {
      calls++;
      return calls === 1
        ? Promise.reject(new ProblemError({ status: 503, title: 'Service unavailable', detail: 'try later', language: i18n.language }))
        : Promise.resolve(['ok']);
    });
    expect(await screen.findByText('try later')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: i18n.t('common.retry') }));
    await waitFor(() => expect(screen.getByText('ok')).toBeInTheDocument());
    expect(calls).toBe(2);
  });
});
