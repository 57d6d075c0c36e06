// Cek Bansos (issue 13): the public look-up's rules.
export * from './public-name.ts';
