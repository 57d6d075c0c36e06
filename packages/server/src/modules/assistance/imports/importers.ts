// The social assistance module's importers, registered with the import pipeline in one line of
// registered-importers.ts.
import type { AnyImporter } from '../../../platform/imports/importer.ts';
import { plainProgramImporter } from './csv/importer.ts';
import { opensidProgramImporter } from './opensid/importer.ts';

export const assistanceImporters: readonly AnyImporter[] = [plainProgramImporter, opensidProgramImporter];
