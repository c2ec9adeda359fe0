/** The first year of the three-year window a gap table or a school's suggestions look at. */
import { Flex, InputNumber } from 'antd';

export function StartYearField({ label, value, onChange }: { label: string; value: number; onChange: (year: number) => void }) {
  return (
    <Flex gap={6} align="center">
      <span>{label}</span>
      <InputNumber
        aria-label={label}
        min={2020}
        max={2100}
        precision={0}
        value={value}
        onChange={(year) => year && onChange(year)}
        style={{ width: 100 }}
      />
    </Flex>
  );
}
