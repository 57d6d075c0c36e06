export * from './access/roles.ts';
export * from './access/grants.ts';
export * from './population/index.ts';
export * from './letters/index.ts';
export * from './assistance/index.ts';
export * from './cek-bansos/index.ts';
