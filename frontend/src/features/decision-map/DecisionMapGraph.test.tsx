import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import DecisionMapGraph from './DecisionMapGraph';

describe('DecisionMapGraph', () => {
  it('draws labelled layer bands, cards with roles and attitude, and a click on a card names the person', async () => {
    const onNodeClick = vi.fn();
    renderWithProviders(
      <DecisionMapGraph
        people={[
          { id: 'c1', name: '王建国', title: '局长', layer: 'EXECUTIVE', attitude: 'CHAMPION', influence: 5, roles: ['DECISION_MAKER'], placeholder: false },
          { id: 'c2', name: '赵处长', layer: 'DECISION', attitude: 'UNKNOWN', roles: ['COACH', 'INFLUENCER'], placeholder: false },
        ]}
        owners={[{ id: 'u7', name: '李娜' }]}
        links={[
          { source: 'c2', target: 'c1', kind: 'REPORTS_TO' },
          { source: 'u7', target: 'c2', kind: 'RELATIONSHIP_OWNER' },
        ]}
        onNodeClick={onNodeClick}
      />,
    );
    const graph = await screen.findByTestId('decision-map-graph');
    await within(graph).findAllByTestId('map-node');
    expect(within(screen.getByTestId('band-EXECUTIVE')).getByText('形象层')).toBeInTheDocument();
    expect(within(screen.getByTestId('band-DECISION')).getByText('看重领导认可')).toBeInTheDocument();
    expect(within(screen.getByTestId('band-IMPLEMENTATION')).getByText('本层暂无关键人物')).toBeInTheDocument();
    expect(screen.getByTestId('band-OWNERS')).toHaveTextContent('关系负责人');
    const boss = screen.getByRole('button', { name: /王建国/ });
    expect(boss).toHaveTextContent('决策者');
    expect(boss).toHaveTextContent('拥护者');
    // CHAMPION (attitude) and COACH (role) read differently.
    expect(screen.getByRole('button', { name: /赵处长/ })).toHaveTextContent('内线');
    expect(screen.getByRole('button', { name: /赵处长/ })).not.toHaveTextContent('拥护者');
    expect(graph.querySelectorAll('polyline')).toHaveLength(2);
    fireEvent.click(boss);
    expect(onNodeClick).toHaveBeenCalledWith('c1');
  });
});
