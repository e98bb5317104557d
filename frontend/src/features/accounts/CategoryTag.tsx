import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useEnumLabel } from '../../i18n/enums';
import type { Category } from './api';

// Colours of the four categories: KEY gold, NORMAL blue, TARGET green, LOST grey.
// Text colours are the dark shades of each palette so the label keeps WCAG AA contrast.
const STYLES: Record<Category, CSSProperties> = {
  KEY: { color: '#873800', background: '#fff1b8', borderColor: '#d48806' },
  NORMAL: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  TARGET: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  LOST: { color: '#434343', background: '#f5f5f5', borderColor: '#bfbfbf' },
};

export function CategoryTag({ category }: { category: Category }) {
  const label = useEnumLabel();
  return (
    <Tag style={STYLES[category]} data-category={category}>
      {label('category', category)}
    </Tag>
  );
}
