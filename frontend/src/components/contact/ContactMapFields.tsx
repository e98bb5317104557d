import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';

type BuyingRole = components['schemas']['BuyingRole'];
type Attitude = components['schemas']['Attitude'];
type Layer = components['schemas']['Layer'];

export const BUYING_ROLES: readonly BuyingRole[] = ['DECISION_MAKER', 'INFLUENCER', 'TECHNICAL_EVALUATOR', 'PURCHASER', 'USER', 'GATEKEEPER', 'COACH'];
export const ATTITUDES: readonly Attitude[] = ['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'];
/** The form fields these inputs fill, for FormDrawer's server-error mapping. */
export const MAP_FIELDS = ['roles', 'influence', 'attitude', 'closeness', 'reportsToId'] as const;

/**
 * A key person's decision-map attributes (docs/method.md §6) as form inputs: the decision map's
 * drawer and the contacts tab's form edit the same fields. Every input is an antd Select, so the
 * keyboard reaches all of them (Tab, arrows, Enter).
 */
export function ContactMapFields({ people, selfId }: { people: readonly { id: number; name?: string; layer: Layer }[]; selfId?: number }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const scale = [1, 2, 3, 4, 5].map((v) => ({ value: v, label: t(`decisionMap.scale.${v}`) }));
  return (
    <>
      <Form.Item name="roles" label={t('decisionMap.roles')}>
        <Select mode="multiple" allowClear optionFilterProp="label" options={BUYING_ROLES.map((r) => ({ value: r, label: label('buyingRole', r) }))} />
      </Form.Item>
      <Form.Item name="influence" label={t('decisionMap.influence')}>
        <Select allowClear options={scale} />
      </Form.Item>
      <Form.Item name="attitude" label={t('decisionMap.attitude')}>
        <Select allowClear options={ATTITUDES.map((a) => ({ value: a, label: label('attitude', a) }))} />
      </Form.Item>
      <Form.Item name="closeness" label={t('decisionMap.closeness')}>
        <Select allowClear options={scale} />
      </Form.Item>
      <Form.Item name="reportsToId" label={t('decisionMap.reportsTo')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={people
            .filter((n) => n.id !== selfId)
            .map((n) => ({ value: n.id, label: `${n.name ?? t('decisionMap.placeholderName')} · ${label('layer', n.layer)}` }))}
        />
      </Form.Item>
    </>
  );
}
