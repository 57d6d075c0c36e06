// Every importer of every module: the import pipeline serves their routes and runs their jobs, and the error
// documentation lists their codes. A module adds one line here.
import { assistanceImporters } from './modules/assistance/imports/importers.ts';
import { populationImporters } from './modules/population/importers.ts';
import type { AnyImporter } from './platform/imports/importer.ts';

export const registeredImporters: readonly AnyImporter[] = [...populationImporters, ...assistanceImporters];
