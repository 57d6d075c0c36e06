export * from './population/index.ts';
