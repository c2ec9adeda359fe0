/** Loads the reference data shipped with the project (regions, the 2021 majors catalogue) once. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../kernel/db/database.js';
import { REGIONS } from './data/regions.data.js';
import { countReference } from './reference.repository.js';
import { majors, regions } from './reference.table.js';

const MAJORS_CSV = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data/vocational-majors-2021.csv');

export function readMajorsCatalogue() {
  const [header, ...lines] = fs.readFileSync(MAJORS_CSV, 'utf8').trim().split(/\r?\n/);
  if (header !== 'level,category_code,category_name,class_code,class_name,major_code,major_name') {
    throw new Error('vocational-majors-2021.csv: unexpected header');
  }
  return lines.map((line) => {
    const [level, categoryCode, categoryName, classCode, className, code, name] = line.split(',');
    return {
      level: level!,
      categoryCode: categoryCode!,
      categoryName: categoryName!,
      classCode: classCode!,
      className: className!,
      code: code!,
      name: name!,
    };
  });
}

export async function loadReferenceData(db: Database): Promise<void> {
  const catalogue = readMajorsCatalogue();
  const counts = await countReference(db);
  if (counts.regions === REGIONS.length && counts.majors === catalogue.length) return;
  await db.transaction(async (tx) => {
    await tx.insert(regions).values(REGIONS).onConflictDoNothing();
    for (let i = 0; i < catalogue.length; i += 500) {
      await tx
        .insert(majors)
        .values(catalogue.slice(i, i + 500))
        .onConflictDoNothing();
    }
  });
}
