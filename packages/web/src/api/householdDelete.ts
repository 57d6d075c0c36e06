// Deleting a household registered by mistake (DELETE /api/villages/{code}/households/{id}). The server
// refuses, with HOUSEHOLD_HAS_FAMILIES, while any family card (active or replaced) is under its roof.
import { apiRequest } from './client.ts';

export async function deleteHousehold(villageCode: string, id: string): Promise<void> {
  await apiRequest<undefined>(
    `/api/villages/${encodeURIComponent(villageCode)}/households/${encodeURIComponent(id)}`,
    { method: 'DELETE' },
  );
}
