/** What other modules may use from governance. */
export { OrgActivityParticipationCard } from './components/OrgActivityParticipationCard';
