import Segmented from 'antd/es/segmented';
import type { Locale } from '@chanjiao/contracts/i18n';
import { useLocale, useT } from '../i18n';
import { useChangeLocale } from '../locale';
import { APP_MESSAGES } from '../messages';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

export function LanguageSwitch() {
  const locale = useLocale();
  const changeLocale = useChangeLocale();
  const t = useT(APP_MESSAGES);
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('header.language')}
      options={OPTIONS}
      value={locale}
      onChange={(value) => void changeLocale(value)}
    />
  );
}
