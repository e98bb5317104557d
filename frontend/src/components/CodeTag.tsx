import { Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * Tag palettes with dark text on a light fill: antd's preset colours (e.g. volcano, red)
 * put their mid tone on white and miss WCAG AA contrast for small text.
 */
export const TAG_PALETTES = {
  purple: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
  volcano: { color: '#871400', background: '#fff2e8', borderColor: '#ffbb96' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  cyan: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  red: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  grey: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9' },
} as const satisfies Record<string, CSSProperties>;

export type TagPalette = keyof typeof TAG_PALETTES;

export function CodeTag({ palette, children, code }: { palette: TagPalette; children: ReactNode; code?: string }) {
  return (
    <Tag style={TAG_PALETTES[palette]} data-code={code}>
      {children}
    </Tag>
  );
}
