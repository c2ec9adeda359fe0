/**
 * A calendar date as the API writes it (YYYY-MM-DD), picked with antd's DatePicker or typed in any of the forms
 * people use (2026/5/20, 2026.5.20, 2026年5月20日: `DATE_TEXT_FORMATS`). Form values stay plain strings, so
 * server errors and payload helpers deal with the same value the API does.
 */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { API_DATE_FORMAT as FORMAT, DATE_TEXT_FORMATS } from '../date-text';

interface DateInputProps {
  id?: string;
  value?: string | null;
  onChange?: (date: string | null) => void;
  /** Dates (YYYY-MM-DD) the picker must not offer. */
  disabledDate?: (date: string) => boolean;
  allowClear?: boolean;
}

export function DateInput({ id, value, onChange, disabledDate, allowClear = true }: DateInputProps) {
  return (
    <DatePicker
      id={id}
      format={DATE_TEXT_FORMATS}
      value={value ? dayjs(value, FORMAT) : null}
      allowClear={allowClear}
      disabledDate={disabledDate ? (day) => disabledDate(day.format(FORMAT)) : undefined}
      onChange={(day) => onChange?.(day ? day.format(FORMAT) : null)}
      style={{ width: '100%' }}
    />
  );
}
