import i18n from '../../../i18n';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

/** The search dialog's strings: they load with the dialog, not with the entry bundle. */
i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
i18n.addResourceBundle('en-US', 'translation', enUS, true, false);

export { enUS, zhCN };
