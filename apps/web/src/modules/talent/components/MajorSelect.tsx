/** Majors of the 2021 catalogue at one level, searched by code or name; one or several (in the order chosen). */
import Select from 'antd/es/select';
import { useMajorOptions } from '../hooks/talent-api';

interface Props {
  level: '中职' | '高职专科' | '职业本科' | undefined;
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  id?: string;
}

export function MajorSelect({ level, multiple, value, onChange, id }: Props) {
  const majors = useMajorOptions(level);
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      loading={majors.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(majors.data ?? []).map((major) => ({ value: major.code, label: `${major.code} ${major.name}（${major.className}）` }))}
    />
  );
}
