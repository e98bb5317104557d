import i18n from '../index';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

/**
 * Strings of the account-management screens (decision map, plan, activities, competitors,
 * account 360, tokens, stage probabilities). They load with those lazy screens, not with the
 * entry bundle; importing this module registers them (deep-merged into `translation`).
 */
i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
i18n.addResourceBundle('en-US', 'translation', enUS, true, false);

export { enUS, zhCN };
