import i18n from '../../../../i18n';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

/** The duplicate check's strings (查重), with the account form and the admin report. */
i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
i18n.addResourceBundle('en-US', 'translation', enUS, true, false);

export { enUS, zhCN };
