import { fireEvent, screen, within } from '@testing-library/react';
import * as contacts from '../../lib/useSaveContact';
import { renderWithProviders } from '../../test/render';
import * as mapApi from './api';
import DecisionMapTab from './DecisionMapTab';

vi.mock('./DecisionMapGraph', () => ({
  default: ({ people, onNodeClick }: { people: { id: string; name: string }[]; onNodeClick: (id: string) => void }) => (
    <ul>
      {people.map((p) => (
        <li key={p.id}>
          <button type="button" onClick={() => onNodeClick(p.id)}>
            {p.name}
          </button>
        </li>
      ))}
    </ul>
  ),
}));

const map: mapApi.DecisionMap = {
  accountId: 42,
  accountName: '江苏省税务局',
  score: 35,
  staleAfterDays: 90,
  nodes: [
    { id: 1, name: '王建国', layer: 'EXECUTIVE', roles: ['DECISION_MAKER'], layerValueOrientation: '', placeholder: false, attitude: 'SUPPORTER' },
    { id: 2, layer: 'DECISION', roles: [], layerValueOrientation: '', placeholder: true },
  ],
  users: [],
  edges: [],
  layers: [],
  gaps: [
    { code: 'LAYER_UNCOVERED', severity: 'LOW', messageKey: 'gap.LAYER_UNCOVERED', actionKey: 'gap.LAYER_UNCOVERED.action', action: 'x' },
    { code: 'NO_COACH', severity: 'HIGH', messageKey: 'gap.NO_COACH', actionKey: 'gap.NO_COACH.action', action: 'Develop a coach' },
  ],
};

function mockHooks() {
  vi.spyOn(mapApi, 'useDecisionMap').mockReturnValue({ data: map, isPending: false, isError: false } as never);
  vi.spyOn(mapApi, 'useContact').mockReturnValue({ data: undefined, isSuccess: false, isPending: true, isError: false } as never);
  vi.spyOn(contacts, 'useSaveContact').mockReturnValue({ mutate: vi.fn(), reset: vi.fn(), isPending: false, error: null } as never);
}

describe('DecisionMapTab', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the people, the score and the gaps HIGH first with translated messages', () => {
    mockHooks();
    renderWithProviders(<DecisionMapTab accountId={42} canEdit />);
    expect(screen.getByText('王建国')).toBeInTheDocument();
    expect(screen.getByText('待识别')).toBeInTheDocument();
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '35');
    const gaps = screen.getAllByTestId('gap-item');
    expect(within(gaps[0] as HTMLElement).getByText('没有内线')).toBeInTheDocument();
    expect(within(gaps[0] as HTMLElement).getByText('高')).toBeInTheDocument();
    expect(within(gaps[1] as HTMLElement).getByText('某一层级未覆盖')).toBeInTheDocument();
  });

  it('opens the add drawer at the decision layer, and hides it from read-only users', () => {
    mockHooks();
    const { unmount } = renderWithProviders(<DecisionMapTab accountId={42} canEdit />);
    fireEvent.click(screen.getByRole('button', { name: /添加关键人物/ }));
    expect(screen.getByRole('dialog')).toHaveTextContent('添加关键人物');
    expect(screen.getByRole('dialog')).toHaveTextContent('决策层');
    unmount();
    renderWithProviders(<DecisionMapTab accountId={42} canEdit={false} />);
    expect(screen.queryByRole('button', { name: /添加关键人物/ })).not.toBeInTheDocument();
  });
});
