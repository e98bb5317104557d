import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { renderWithProviders } from '../../test/render';
import { StageProbabilitiesPanel } from './StageProbabilitiesPanel';
import * as tokensApi from './tokensApi';

const rows: tokensApi.StageProbability[] = [
  { stage: 'LEAD', probability: 10 },
  { stage: 'PROPOSAL', probability: 50 },
];

describe('StageProbabilitiesPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves with If-Match from the ETag the list was read at', async () => {
    const mutate = vi.fn();
    vi.spyOn(tokensApi, 'useStageProbabilities').mockReturnValue({
      data: { rows, etag: '"4"' },
      isPending: false,
      isError: false,
    } as never);
    vi.spyOn(tokensApi, 'useSaveStageProbabilities').mockReturnValue({ mutate, isPending: false, error: null } as never);
    renderWithProviders(
      <App>
        <StageProbabilitiesPanel />
      </App>,
    );
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(mutate).toHaveBeenCalledWith(
        { rows: [{ stage: 'LEAD', probability: 10 }, { stage: 'PROPOSAL', probability: 50 }], etag: '"4"' },
        expect.anything(),
      ),
    );
  });
});
