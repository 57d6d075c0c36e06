// The population module's importers, registered with the import pipeline in one line of app.ts.
import type { AnyImporter } from '../../platform/imports/importer.ts';
import { housingImporter } from './households/imports/housing/importer.ts';
import { rtmImporter } from './households/imports/rtm/importer.ts';
import { opendkResidentImporter } from './resident-import/formats/opendk/importer.ts';
import { residentImporter } from './resident-import/importer.ts';
import { bipImporter } from './resident-import/formats/bip/importer.ts';
import { siakImporter } from './resident-import/formats/siak/importer.ts';

export const populationImporters: readonly AnyImporter[] = [
  residentImporter,
  siakImporter,
  bipImporter,
  rtmImporter,
  housingImporter,
  opendkResidentImporter,
];
