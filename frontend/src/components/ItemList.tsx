import type { HTMLAttributes, ReactNode } from 'react';

interface ItemListProps<T> {
  dataSource: readonly T[];
  renderItem: (item: T, index: number) => ReactNode;
  size?: 'small' | 'default';
  'aria-label'?: string;
}

/** A plain, accessible list (ul/li) with antd-like row spacing; items render their own <ItemList.Item>. */
export function ItemList<T>({ dataSource, renderItem, size = 'small', 'aria-label': ariaLabel }: ItemListProps<T>) {
  return (
    <ul aria-label={ariaLabel} style={{ listStyle: 'none', margin: 0, padding: 0 }} data-size={size}>
      {dataSource.map((item, i) => renderItem(item, i))}
    </ul>
  );
}

function Item({ style, ...rest }: HTMLAttributes<HTMLLIElement>) {
  return <li style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0', ...style }} {...rest} />;
}

ItemList.Item = Item;
