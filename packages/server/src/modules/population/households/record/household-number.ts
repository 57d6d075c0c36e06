// How household numbers compare: as the household list reads them, leading zeros and letter case do not make
// a different number ("12" is "00012", "rt-9" is "RT-9"). A number names one household of a village.
export const householdNumberKey = (householdNo: string) =>
  householdNo.trim().replace(/^0+/, '').toUpperCase();
