/**
 * Which fields' error messages a change makes stale: antd reports a change as the changed part of the values
 * (`{ secretariat: { phone: '…' } }`, a list with only the changed row), and a message belongs to the field
 * whose name is on the changed path — a unit's name under its unit field, a major under its list.
 */
export type NamePath = (string | number)[];

/** The paths of every value in a change, down to its leaves (rows of a list by their index). */
export function changedPaths(changed: unknown, prefix: NamePath = []): NamePath[] {
  if (Array.isArray(changed)) {
    const paths = changed.flatMap((item, index) => (item === undefined ? [] : changedPaths(item, [...prefix, index])));
    return paths.length > 0 ? paths : [prefix];
  }
  if (changed !== null && typeof changed === 'object') {
    const paths = Object.entries(changed).flatMap(([key, value]) => changedPaths(value, [...prefix, key]));
    return paths.length > 0 ? paths : [prefix];
  }
  return [prefix];
}

const startsWith = (path: NamePath, prefix: NamePath) =>
  prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

/** Of the fields showing an error, those the change touched. */
export function staleErrorFields(errored: readonly NamePath[], changed: unknown): NamePath[] {
  const paths = changedPaths(changed);
  return errored.filter((name) => paths.some((path) => startsWith(path, name) || startsWith(name, path)));
}
