/** The first of the three years a new demand or supply row looks at, as the form suggests it: next year. */
export function defaultStartYear(): number {
  return new Date().getFullYear() + 1;
}
