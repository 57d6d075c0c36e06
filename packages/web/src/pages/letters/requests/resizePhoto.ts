// A requirement photo is made small on the phone before it travels: a camera picture of 4–12 MB becomes a JPEG
// of about 1280 px on its long side (a few hundred KB), enough to read an identity card.
export const LONG_SIDE = 1280;

/** The size a picture of width × height is drawn at: its long side at most `longSide`, never enlarged. */
export function fittedSize(width: number, height: number, longSide = LONG_SIDE) {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export async function resizePhoto(file: Blob, longSide = LONG_SIDE, quality = 0.82): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const size = fittedSize(bitmap.width, bitmap.height, longSide);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/jpeg', quality),
  );
}
