/** A city's name for the city view; the municipalities' 市辖区 entries (310100) are named after the municipality (上海市). */
export function cityName(names: Map<string, string>, code: string): string {
  const name = names.get(code);
  if (name && !name.endsWith('市辖区')) return name;
  return names.get(`${code.slice(0, 2)}0000`) ?? name ?? code;
}
