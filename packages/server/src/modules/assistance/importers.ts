// The importers of social assistance (issue 12), registered once in registered-importers.ts.
import type { AnyImporter } from '../../platform/imports/importer.ts';
import { regsosekFamilyImporter } from './imports/regsosek/family-importer.ts';
import { regsosekMemberImporter } from './imports/regsosek/member-importer.ts';

export const assistanceImporters: readonly AnyImporter[] = [regsosekMemberImporter, regsosekFamilyImporter];
