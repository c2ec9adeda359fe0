/** What other modules may use from the organisation directory. */
export { useOrgList } from './hooks/use-organizations';
