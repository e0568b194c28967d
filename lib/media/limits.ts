// The limits of the media library, shared by the upload form (checked in the browser first) and
// the server (which decides).

export const MEDIA_LIMITS = {
  /** Largest image upload, in bytes. */
  imageBytes: 8 * 1024 * 1024,
  /** Largest document (PDF) upload, in bytes. */
  documentBytes: 10 * 1024 * 1024,
  /** Largest image in pixels (a small file can decode to a huge picture). */
  imagePixels: 40_000_000,
  alt: 250,
  caption: 500,
  filename: 200,
} as const;

/** The widths made of every image (only those below its own width, which is made too). */
export const VARIANT_WIDTHS = [160, 320, 640, 960, 1280, 1920] as const;
export const VARIANT_FORMAT = "webp";
