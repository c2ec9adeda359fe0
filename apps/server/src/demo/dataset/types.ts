/**
 * Shapes of the demo dataset. Records refer to each other by name, the stable key the seeding step
 * looks them up by, so that a second run finds what the first one wrote.
 */
import type { BodyKind, MemberRole, TOrgInput } from '@chanjiao/contracts';

export type DemoOrg = TOrgInput & { isGenerated?: boolean };

export interface DemoBody {
  name: string;
  shortName: string | null;
  kind: BodyKind;
  regionCode: string | null;
  secretariatOrgName: string | null;
  foundedOn: string | null;
  description: string | null;
  /** Where the facts come from, and what the document says that has no column of its own. */
  sourceNote: string | null;
}

export interface DemoMembership {
  bodyName: string;
  orgName: string;
  memberRole: MemberRole;
  isFounding: boolean;
  joinedOn: string;
  joinReason: string;
}

export interface DemoLiaison {
  bodyName: string;
  orgName: string;
  name: string;
  title: string;
  phone: string;
  email: string;
  /** The demo account that acts as this liaison, if any. */
  username?: string;
}

export interface DemoDataset {
  orgs: DemoOrg[];
  bodies: DemoBody[];
  memberships: DemoMembership[];
  liaisons: DemoLiaison[];
}
