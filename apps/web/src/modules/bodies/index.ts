/** What other modules may use from the member units and liaisons of alliances and consortia. */
export { useMemberUnits } from './hooks/use-bodies';
