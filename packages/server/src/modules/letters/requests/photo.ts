// A requirement photo is what its first bytes say, not what its name or the browser claims: JPEG (FF D8 FF) or
// PNG (the 8-byte PNG signature). Anything else is refused before it is stored.
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Photos the app keeps are small: the phone resizes them to about 1280 px before upload. */
export const MAX_PHOTO_BYTES = 3 * 1024 * 1024;

export function photoType(content: Buffer): 'image/jpeg' | 'image/png' | null {
  if (content.length > 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff)
    return 'image/jpeg';
  if (content.length > 8 && content.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}
