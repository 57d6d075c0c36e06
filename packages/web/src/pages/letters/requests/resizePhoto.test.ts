import { describe, expect, it } from 'vitest';
import { fittedSize } from './resizePhoto.ts';

describe('the size a requirement photo is sent at', () => {
  it('brings the long side of a camera picture down to 1280 px, keeping its shape', () => {
    expect(fittedSize(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fittedSize(3000, 4000)).toEqual({ width: 960, height: 1280 });
  });

  it('never enlarges a small picture', () => {
    expect(fittedSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
