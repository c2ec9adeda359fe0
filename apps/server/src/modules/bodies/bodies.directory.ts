/**
 * What another module may read of bodies and their membership inside its own queries: subqueries over the tables
 * with only the columns others show or filter by (see organizations.directory.ts for why a subquery, not the table).
 */
import { readModelBuilder } from '../../kernel/db/read-models.js';
import { bodies, bodyMembers } from './bodies.table.js';

export function bodyDirectory(alias = 'body') {
  return readModelBuilder().select({ id: bodies.id, name: bodies.name }).from(bodies).as(alias);
}

/** Every membership, past and present: a unit is a member of the body on a day from `joinedOn` until `leftOn`. */
export function bodyMembershipDirectory(alias = 'membership') {
  return readModelBuilder()
    .select({
      id: bodyMembers.id,
      bodyId: bodyMembers.bodyId,
      orgId: bodyMembers.orgId,
      joinedOn: bodyMembers.joinedOn,
      leftOn: bodyMembers.leftOn,
      isFounding: bodyMembers.isFounding,
      listOrder: bodyMembers.listOrder,
    })
    .from(bodyMembers)
    .as(alias);
}
