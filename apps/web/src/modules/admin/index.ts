/** What other modules may use from user administration. */
export { RoleTags } from './components/RoleTags';
