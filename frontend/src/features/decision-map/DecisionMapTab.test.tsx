import { fireEvent, screen, within } from '@testing-library/react';
import * as contacts from '../../lib/useSaveContact';
import { renderWithProviders } from '../../test/render';
import * as mapApi from './api';
import DecisionMapTab from './DecisionMapTab';

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

  it('on a narrow screen lists people by labelled layer with their buying roles, and a card opens the editor', () => {
    mockHooks();
    renderWithProviders(<DecisionMapTab accountId={42} canEdit />);
    const list = screen.getByTestId('decision-map-list');
    expect(within(screen.getByTestId('band-EXECUTIVE')).getByText('王建国')).toBeInTheDocument();
    expect(within(screen.getByTestId('band-EXECUTIVE')).getByTestId('node-roles')).toHaveTextContent('决策者');
    expect(within(screen.getByTestId('band-USER')).getByText('本层暂无关键人物')).toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: /决策层/ })).toBeInTheDocument();
    vi.spyOn(mapApi, 'useContact').mockReturnValue({ data: { id: 1, accountId: 42, version: 3, name: '王建国', layer: 'EXECUTIVE', roles: [] }, isSuccess: true, isPending: false, isError: false } as never);
    vi.spyOn(mapApi, 'useRelationshipOwners').mockReturnValue({ data: [], isPending: false } as never);
    vi.spyOn(mapApi, 'useOwnerCandidates').mockReturnValue({ data: [{ id: 5, name: '李娜' }], isPending: false } as never);
    fireEvent.click(within(list).getByRole('button', { name: /王建国/ }));
    expect(screen.getByRole('dialog')).toHaveTextContent('编辑 王建国 的决策地图属性');
    expect(within(screen.getByRole('dialog')).getByTestId('owners-editor')).toHaveTextContent('我方关系负责人');
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
