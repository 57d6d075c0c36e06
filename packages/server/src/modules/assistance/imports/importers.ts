// The social assistance module's importers, registered with the import pipeline in one line of
// registered-importers.ts: program files (plain CSV, OpenSID's program workbook, OpenDK's program exchange),
// the distributor's list of a cycle coming back, and the Regsosek sections IV and V (one importer per sheet).
import type { AnyImporter } from '../../../platform/imports/importer.ts';
import { plainProgramImporter } from './csv/importer.ts';
import { distributionImporter } from './distributions/importer.ts';
import { opendkProgramImporter } from './opendk/importer.ts';
import { opensidProgramImporter } from './opensid/importer.ts';
import { regsosekFamilyImporter } from './regsosek/family-importer.ts';
import { regsosekMemberImporter } from './regsosek/member-importer.ts';

export const assistanceImporters: readonly AnyImporter[] = [
  plainProgramImporter,
  opensidProgramImporter,
  opendkProgramImporter,
  regsosekMemberImporter,
  regsosekFamilyImporter,
  distributionImporter,
];
