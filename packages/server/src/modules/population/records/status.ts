// Resident status as the API names it, and the OpenSID status_dasar code stored for it.
export const residentStatuses = ['present', 'died', 'moved_out', 'missing', 'gone', 'voided'] as const;
export type ResidentStatus = (typeof residentStatuses)[number];

export const statusCode: Record<ResidentStatus, number> = {
  present: 1,
  died: 2,
  moved_out: 3,
  missing: 4,
  gone: 6,
  voided: 9,
};

export function statusName(code: number): ResidentStatus {
  const found = (Object.entries(statusCode) as [ResidentStatus, number][]).find(([, c]) => c === code);
  return found?.[0] ?? 'present';
}
