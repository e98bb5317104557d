import { Tag } from 'antd';
import { useEnumLabel } from '../i18n/enums';
import { CATEGORY_TAG_STYLES, type CategoryCode } from './charts/categoryColors';

/** A category as a coloured tag with its translated name (大客户 …); unknown codes read "Unknown". */
export function CategoryLabel({ category }: { category: string | undefined }) {
  const label = useEnumLabel();
  const style = category && category in CATEGORY_TAG_STYLES ? CATEGORY_TAG_STYLES[category as CategoryCode] : undefined;
  return (
    <Tag style={style} data-category={category}>
      {label('category', category)}
    </Tag>
  );
}
