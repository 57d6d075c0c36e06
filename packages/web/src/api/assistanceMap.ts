// The poverty map's API: an area's per-village figures, a village's households as points and as the by-name
// list (identifiers masked by the server), and the figures' file. Shapes come from the generated schema.
import { apiRequest } from './client.ts';
import type { ApiQuery, ApiResponse } from './contract.ts';

type Village = '/api/villages/{code}';

export type MapFigures = ApiResponse<'/api/assistance/map/villages', 'get'>;
export type MapMetric = MapFigures['metrics'][number];
export type MapVillage = MapFigures['villages'][number];
export type MapPoints = ApiResponse<`${Village}/assistance/map/points`, 'get'>;
export type MapPoint = MapPoints['points'][number];
export type MapHouseholdPage = ApiResponse<`${Village}/assistance/map/households`, 'get'>;
export type MapHousehold = MapHouseholdPage['items'][number];
export type MapHouseholdFilter = NonNullable<ApiQuery<`${Village}/assistance/map/points`, 'get'>>;

export function fetchMapFigures(region: string): Promise<MapFigures> {
  return apiRequest<MapFigures>(`/api/assistance/map/villages?${new URLSearchParams({ region }).toString()}`);
}

/** The query of the drill-down's filters, the unset ones left out. */
export function filterParams(filter: MapHouseholdFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}

export function fetchMapPoints(village: string, filter: MapHouseholdFilter): Promise<MapPoints> {
  return apiRequest<MapPoints>(
    `/api/villages/${village}/assistance/map/points?${filterParams(filter).toString()}`,
  );
}

export function fetchMapHouseholds(
  village: string,
  filter: MapHouseholdFilter,
  page: { limit: number; offset: number },
): Promise<MapHouseholdPage> {
  const params = filterParams(filter);
  params.set('limit', String(page.limit));
  params.set('offset', String(page.offset));
  return apiRequest<MapHouseholdPage>(
    `/api/villages/${village}/assistance/map/households?${params.toString()}`,
  );
}

/** A plain link target: the browser downloads the file with the session cookie. */
export function mapFiguresExportUrl(region: string): string {
  return `/api/assistance/map/villages/export?${new URLSearchParams({ region, format: 'xlsx' }).toString()}`;
}
