/** Chart colours of the four categories (KEY gold, NORMAL blue, TARGET green, LOST grey), as on the category tag. */
export const CATEGORY_COLORS = {
  KEY: '#d48806',
  TARGET: '#389e0d',
  NORMAL: '#1677ff',
  LOST: '#8c8c8c',
} as const;

/** Tag styles with WCAG AA text contrast, matching the account list's category tag. */
export const CATEGORY_TAG_STYLES = {
  KEY: { color: '#873800', background: '#fff1b8', borderColor: '#d48806' },
  NORMAL: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  TARGET: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  LOST: { color: '#434343', background: '#f5f5f5', borderColor: '#bfbfbf' },
} as const;

export type CategoryCode = keyof typeof CATEGORY_COLORS;

/** The categories in the order the method reads them: 大客户, 目标客户, 常规客户, 丢失的客户. */
export const CATEGORY_ORDER: readonly CategoryCode[] = ['KEY', 'TARGET', 'NORMAL', 'LOST'];
