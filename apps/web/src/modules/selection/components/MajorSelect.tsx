/** Related majors chosen from the 2021 catalogue (推荐书 2: 填写5个以内), searched by name or code. */
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../../app/api';

interface MajorSelectProps {
  /** From the form item, so that its label names this input. */
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  max: number;
}

export function MajorSelect({ id, value = [], onChange, max }: MajorSelectProps) {
  const [query, setQuery] = useState('');
  const search = useQuery({
    queryKey: ['reference', 'majors', query],
    queryFn: () => unwrap(client.GET('/api/reference/majors', { params: { query: { q: query, limit: 30 } } })),
    enabled: query.trim().length > 0,
  });
  const chosen = useQuery({
    queryKey: ['reference', 'majors', 'codes', value.join(',')],
    // The names of already chosen codes: each code searched by its prefix returns itself first.
    queryFn: async () =>
      (
        await Promise.all(value.map((code) => unwrap(client.GET('/api/reference/majors', { params: { query: { q: code, limit: 1 } } }))))
      ).flat(),
    enabled: value.length > 0,
    staleTime: Infinity,
  });
  const known = new Map([...(chosen.data ?? []), ...(search.data ?? [])].map((major) => [major.code, major]));
  const options = [...known.values()].map((major) => ({ value: major.code, label: `${major.code} ${major.name}（${major.level}）` }));
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      maxCount={max}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      options={options}
      loading={search.isFetching}
      style={{ minWidth: 240 }}
    />
  );
}
