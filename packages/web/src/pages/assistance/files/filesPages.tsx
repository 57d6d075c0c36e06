// The pages of Bantuan sosial › Berkas, loaded as one chunk.
export { AssistanceImportPage } from './AssistanceImportPage.tsx';
export { BnbaExportPage } from './BnbaExportPage.tsx';
