// Everything behind the Penduduk menu, loaded as one chunk the first time a population page opens, so the
// login page and dashboard stay small on a cheap phone.
import './population.css';
import { BirthForm } from './events/BirthForm.tsx';
import { CorrectionForm } from './events/CorrectionForm.tsx';
import { DeathForm } from './events/DeathForm.tsx';
import { FamilyEventRoute } from './events/FamilyEventRoute.tsx';
import { MergeForm } from './events/MergeForm.tsx';
import { MoveOutForm } from './events/MoveOutForm.tsx';
import { ResidentEventRoute } from './events/ResidentEventRoute.tsx';
import { SplitForm } from './events/SplitForm.tsx';

export { MoveInPage } from './events/MoveInPage.tsx';
export { FamilyCardRoute } from './family/FamilyCardPage.tsx';
export { HouseholdEditRoute } from './household/HouseholdEditPage.tsx';
export { HouseholdRoute } from './household/HouseholdPage.tsx';
export { HouseholdListPage } from './householdList/HouseholdListPage.tsx';
export { HouseholdImportPage, HousingImportPage, ImportPage } from './imports/ImportPages.tsx';
export { RegsosekFamiliesImportPage, RegsosekMembersImportPage } from './imports/ImportPages.tsx';
export { ResidentListPage } from './list/ResidentListPage.tsx';
export { ResidentRoute } from './resident/ResidentPage.tsx';
export { PopulationStatsPage } from './stats/PopulationStatsPage.tsx';

export const DeathPage = () => (
  <ResidentEventRoute render={(resident) => <DeathForm resident={resident} />} />
);
export const MoveOutPage = () => (
  <ResidentEventRoute render={(resident) => <MoveOutForm resident={resident} />} />
);
export const CorrectionPage = () => (
  <ResidentEventRoute render={(resident) => <CorrectionForm resident={resident} />} />
);
export const BirthPage = () => <FamilyEventRoute render={(family) => <BirthForm family={family} />} />;
export const SplitPage = () => <FamilyEventRoute render={(family) => <SplitForm family={family} />} />;
export const MergePage = () => <FamilyEventRoute render={(family) => <MergeForm family={family} />} />;
