/**
 * Picks a region province → city → district and reports the chosen code (6 digits). Any level may be
 * chosen: in a filter a province covers everything under it, and an organisation may be registered at city
 * level. Works as an antd form control (value/onChange).
 */
import { Cascader } from 'antd';
import type { CSSProperties } from 'react';
import { useRegions } from '../hooks/use-regions';

interface RegionCascaderProps {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  allowClear?: boolean;
}

export function RegionCascader({ value, onChange, placeholder, style, id, allowClear = true }: RegionCascaderProps) {
  const regions = useRegions();
  return (
    <Cascader
      id={id}
      style={style}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={regions.isPending}
      options={regions.data?.options ?? []}
      value={regions.data?.pathOf(value) ?? []}
      changeOnSelect
      // The chosen region reads as everywhere else (上海市普陀区), not as the tree's path through 上海市市辖区.
      displayRender={(labels, selected) => regions.data?.nameOf(String(selected?.at(-1)?.value ?? '')) || labels.join(' / ')}
      showSearch={{
        filter: (input, path) => path.some((option) => String(option.label).includes(input)),
      }}
      onChange={(path) => onChange?.(path?.length ? String(path[path.length - 1]) : undefined)}
    />
  );
}
