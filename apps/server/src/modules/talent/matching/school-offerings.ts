/** A school's majors as the matching rules see them: supply rows of one school summed per major, on given years. */
import type { MajorRow } from '../majors/majors.js';
import type { supplyFigures } from '../supply/supply.repository.js';
import type { OfferingSide } from './matching.rules.js';

export type SupplyFigure = Awaited<ReturnType<typeof supplyFigures>>[number];

export interface SchoolOffering extends OfferingSide {
  schoolId: string;
  schoolName: string;
}

/**
 * Every school among the rows with its majors' graduates for `years`: a supply row entered from another first year is
 * shifted onto them, and rows of the same major (other study modes, other first years) add up.
 */
export function schoolOfferings(supplies: SupplyFigure[], years: number[], majors: Map<string, MajorRow>): Map<string, SchoolOffering> {
  const schools = new Map<string, SchoolOffering>();
  for (const supply of supplies) {
    let school = schools.get(supply.orgId);
    if (!school) {
      school = { schoolId: supply.orgId, schoolName: supply.orgName, regionCode: supply.regionCode, offered: [] };
      schools.set(supply.orgId, school);
    }
    const graduates = years.map((year) => supply.expectedGraduates[year - supply.startYear] ?? 0);
    const known = school.offered.find((o) => o.code === supply.majorCode);
    if (known) {
      known.graduates = known.graduates.map((g, i) => g + graduates[i]!);
      known.placementsOffered += supply.placementsOffered;
    } else {
      school.offered.push({
        code: supply.majorCode,
        name: majors.get(supply.majorCode)?.name ?? supply.majorCode,
        graduates,
        placementsOffered: supply.placementsOffered,
      });
    }
  }
  return schools;
}

/** The wanted majors with their catalogue names (the code itself when the catalogue no longer has it). */
export const wantedMajors = (codes: string[], majors: Map<string, MajorRow>) =>
  codes.map((code) => ({ code, name: majors.get(code)?.name ?? code }));
