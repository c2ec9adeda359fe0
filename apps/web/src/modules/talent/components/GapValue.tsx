/** A gap as the tables show it: a shortage red with its plus sign, a surplus green. */
export function GapValue({ value }: { value: number }) {
  return (
    <span style={{ color: value > 0 ? '#cf1322' : value < 0 ? '#389e0d' : undefined, fontWeight: 500 }}>
      {value > 0 ? `+${value}` : value}
    </span>
  );
}
