/*
 * Reading QR codes from a camera for the mirror page. The browser's own BarcodeDetector is used
 * where it reads QR codes (Chrome on Android, ChromeOS and macOS); elsewhere (Firefox, Safari,
 * Chrome on Windows and Linux) frames are drawn to a canvas and decoded by jsQR, which is fetched
 * only when the facilitator presses Scan, so nobody else downloads it.
 */

export interface QrReader {
  /** The codes visible in the video's current frame (none if the frame is not ready). */
  read(video: HTMLVideoElement): Promise<string[]>;
}

// BarcodeDetector is not in TypeScript's DOM library yet; only what we use.
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/** Whether the page may offer scanning at all: a camera API is there. */
export const canUseCamera = (): boolean => typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

async function nativeReader(): Promise<QrReader | null> {
  const Class = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Class) return null;
  try {
    if (!(await Class.getSupportedFormats()).includes('qr_code')) return null;
  } catch {
    return null;
  }
  const detector = new Class({ formats: ['qr_code'] });
  return { read: async (video) => (await detector.detect(video)).map((code) => code.rawValue) };
}

/** Frames larger than this are scaled down first: jsQR's time grows with the pixels, and a result code reads well at this size. */
const MAX_SIDE = 640;

async function frameReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return {
    read: async (video) => {
      const { videoWidth: w, videoHeight: h } = video;
      if (!w || !h) return [];
      const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      return found?.data ? [found.data] : [];
    },
  };
}

/** The best reader this browser has: its own, or jsQR fetched now. */
export async function qrReader(): Promise<QrReader> {
  return (await nativeReader()) ?? frameReader();
}
