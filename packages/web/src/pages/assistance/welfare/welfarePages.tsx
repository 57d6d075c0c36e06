// The welfare pages, one lazy chunk.
export { WelfareModelsPage } from './WelfareModelsPage.tsx';
export { RankingRunsPage } from './RankingRunsPage.tsx';
export { ProgramEffectPage } from './ProgramEffectPage.tsx';
