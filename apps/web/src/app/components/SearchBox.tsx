/**
 * The search box of the lists: searched on Enter or the button (not on every key, so the server is asked once),
 * at most 50 characters as the list queries accept; an empty search clears the filter.
 */
import { Input } from 'antd';
import { useT } from '../i18n';
import { APP_MESSAGES } from '../messages';

interface SearchBoxProps {
  label: string;
  /** The search in force; when it changes from outside (reset, back button) the box shows it. */
  value?: string;
  onSearch: (q: string | undefined) => void;
  width?: number;
}

export function SearchBox({ label, value, onSearch, width = 320 }: SearchBoxProps) {
  const tApp = useT(APP_MESSAGES);
  return (
    <Input.Search
      key={value ?? ''}
      defaultValue={value}
      placeholder={label}
      aria-label={label}
      allowClear
      enterButton={tApp('common.search')}
      maxLength={50}
      style={{ width, maxWidth: '100%' }}
      onSearch={(text) => onSearch(text.trim() || undefined)}
    />
  );
}
