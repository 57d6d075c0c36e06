import type { User } from '../../../api/types.ts';
import { levelOfCode } from '../../../regions/regionCodes.ts';

type Viewer = Pick<User, 'role' | 'areaCode'>;

// The server decides; these only hide buttons the user could not use anyway.

/** Life events, corrections, imports: the village's own head and operator, and the regency admin. */
export function canWriteRegistry(viewer: Viewer, villageCode: string): boolean {
  if (viewer.role === 'regency_admin') return true;
  return (
    (viewer.role === 'village_head' || viewer.role === 'village_operator') && viewer.areaCode === villageCode
  );
}

/** Citizen PINs are handed out at the village office only. */
export function canIssueCitizenPin(viewer: Viewer, villageCode: string): boolean {
  return (
    (viewer.role === 'village_head' || viewer.role === 'village_operator') && viewer.areaCode === villageCode
  );
}

/** Exports with full NIK/KK numbers are for the village's own staff. */
export function canExportFull(viewer: Viewer): boolean {
  return viewer.role === 'village_head' || viewer.role === 'village_operator';
}

/** The village a write goes to: the selected region when it is a village the user may write to. */
export function writableVillage(viewer: Viewer, selectedRegion: string): string | null {
  return levelOfCode(selectedRegion) === 'village' && canWriteRegistry(viewer, selectedRegion)
    ? selectedRegion
    : null;
}

/** Whether the user could write to some village at all (shows the import and move-in entries). */
export function writesAnywhere(viewer: Viewer): boolean {
  return ['village_head', 'village_operator', 'regency_admin'].includes(viewer.role);
}
