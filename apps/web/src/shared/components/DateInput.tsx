/**
 * A calendar date as the API writes it (YYYY-MM-DD), picked with antd's DatePicker. Form values stay plain
 * strings, so server errors and payload helpers deal with the same value the API does.
 */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'YYYY-MM-DD';

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
      format={FORMAT}
      value={value ? dayjs(value, FORMAT) : null}
      allowClear={allowClear}
      disabledDate={disabledDate ? (day) => disabledDate(day.format(FORMAT)) : undefined}
      onChange={(day) => onChange?.(day ? day.format(FORMAT) : null)}
      style={{ width: '100%' }}
    />
  );
}
