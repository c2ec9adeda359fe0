/** Majors and major classes of the 2021 catalogue, all levels, searched by code or name. */
import Select from 'antd/es/select';
import { type CSSProperties, useMemo } from 'react';
import { useCatalogueMajors } from '../hooks/resources-api';

interface PickerProps<V> {
  id?: string;
  value?: V;
  onChange?: (value: V) => void;
  disabled?: boolean;
  multiple?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  /** Outside a form item (which stretches it), the picker is only as wide as its style says. */
  style?: CSSProperties;
}

export function MajorPicker({ id, value, onChange, disabled, multiple, allowClear, placeholder, style }: PickerProps<string | string[]>) {
  const majors = useCatalogueMajors();
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder}
      style={style}
      loading={majors.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(majors.data ?? []).map((m) => ({ value: m.code, label: `${m.code} ${m.name}（${m.level}）` }))}
    />
  );
}

/** The catalogue's major classes (专业类) or categories (专业大类), once each. */
export function useCatalogueGroups() {
  const majors = useCatalogueMajors();
  return useMemo(() => {
    const classes = new Map<string, string>();
    const categories = new Map<string, string>();
    for (const m of majors.data ?? []) {
      classes.set(m.classCode, `${m.classCode} ${m.className}（${m.level}）`);
      categories.set(m.categoryCode, `${m.categoryCode} ${m.categoryName}`);
    }
    const options = (map: Map<string, string>) =>
      [...map].sort(([a], [b]) => a.localeCompare(b)).map(([value, label]) => ({ value, label }));
    return { classes: options(classes), categories: options(categories), loading: majors.isPending };
  }, [majors.data, majors.isPending]);
}

export function ClassPicker({ id, value, onChange, disabled, allowClear, placeholder, style }: PickerProps<string>) {
  const groups = useCatalogueGroups();
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder}
      style={style}
      loading={groups.loading}
      showSearch={{ optionFilterProp: 'label' }}
      options={groups.classes}
    />
  );
}
