import type { AddressInput } from '../api/populationTypes.ts';

export interface AddressDraft {
  dusun: string;
  rw: string;
  rt: string;
  address: string;
}

export const EMPTY_ADDRESS: AddressDraft = { dusun: '', rw: '', rt: '', address: '' };

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** RT and RW are written with three digits on family cards ("003"), as the registry stores them. */
export function toAddressInput(draft: AddressDraft): AddressInput {
  return {
    dusun: blankToNull(draft.dusun),
    rw: draft.rw.trim() === '' ? null : draft.rw.trim().padStart(3, '0'),
    rt: draft.rt.trim() === '' ? null : draft.rt.trim().padStart(3, '0'),
    address: blankToNull(draft.address),
  };
}
