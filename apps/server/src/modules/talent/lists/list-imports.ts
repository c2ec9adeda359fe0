/** The import of every list a body keeps, by the name its export, import and public view use. */
import type { TalentListName } from '@chanjiao/contracts';
import { ENTERPRISE_IMPORT } from '../enterprises/enterprise-list.import.js';
import { ITEM_IMPORTS } from '../items/items.import.js';
import { JOB_IMPORT } from '../jobs/jobs.import.js';
import { STUDENT_IMPORT } from '../students/students.import.js';
import type { AnyListImport } from './list-import.js';

export const LIST_IMPORTS: Record<TalentListName, AnyListImport> = {
  enterprises: ENTERPRISE_IMPORT,
  jobs: JOB_IMPORT,
  ...ITEM_IMPORTS,
  students: STUDENT_IMPORT,
};
