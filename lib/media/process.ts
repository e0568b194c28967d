import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { MEDIA_LIMITS, VARIANT_FORMAT, VARIANT_WIDTHS } from "./limits";
import { sniffType, type SniffedType } from "./sniff";
import { sanitizeSvg } from "./svg";

export interface ProcessedVariant {
  width: number;
  height: number;
  format: string;
  data: Buffer;
}

export interface ProcessedFile {
  kind: SniffedType["kind"];
  mimeType: SniffedType["mimeType"];
  /** The bytes to store: a raster image re-encoded without metadata, an SVG sanitized. */
  data: Buffer;
  hash: string;
  width: number | null;
  height: number | null;
  variants: ProcessedVariant[];
}

const refused = (message: string) => new AppError("VALIDATION", message, undefined, { file: [message] });

const sharpOptions = { limitInputPixels: MEDIA_LIMITS.imagePixels, failOn: "error" } as const;

/**
 * Re-encodes a raster image in its own format. sharp writes no metadata unless asked to, so EXIF
 * (camera, date, GPS position), XMP and IPTC are dropped; the orientation they held is applied
 * to the pixels first.
 */
async function reencode(input: Buffer, type: SniffedType) {
  const image = sharp(input, sharpOptions).rotate();
  if (type.mimeType === "image/png") return image.png({ compressionLevel: 9 }).toBuffer();
  if (type.mimeType === "image/jpeg") return image.jpeg({ quality: 88, mozjpeg: true }).toBuffer();
  return image.webp({ quality: 88 }).toBuffer();
}

/** Widths of a vector image: it is sharp at any size, so a logo drawn small gets screen sizes too. */
const SVG_WIDTHS = [160, 320, 640];

async function variantsOf(input: Buffer, width: number, vector: boolean): Promise<ProcessedVariant[]> {
  const widths = vector
    ? SVG_WIDTHS
    : [...VARIANT_WIDTHS.filter((w) => w < width), Math.min(width, VARIANT_WIDTHS.at(-1)!)];
  const variants: ProcessedVariant[] = [];
  // One at a time: the machine's cores are shared with the requests being served.
  for (const w of [...new Set(widths)]) {
    // A vector image is drawn at the density that gives this width, not enlarged from a small one.
    const density = vector ? Math.min(2400, Math.max(72, Math.ceil((72 * w) / width))) : undefined;
    const { data, info } = await sharp(input, { ...sharpOptions, ...(density ? { density } : {}) })
      .resize({ width: w, withoutEnlargement: !vector })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    variants.push({ width: info.width, height: info.height, format: VARIANT_FORMAT, data });
  }
  return variants;
}

/**
 * Checks an upload and turns it into what is stored: its type from its content, its size within
 * the limits, images cleaned of metadata (SVGs of anything active) and resized into variants.
 * Refusals are validation errors on the `file` field, with a message key of the Errors namespace.
 */
export async function processUpload(bytes: Buffer): Promise<ProcessedFile> {
  if (bytes.length === 0) throw refused("fileEmpty");
  const type = sniffType(bytes);
  if (!type) throw refused("fileTypeUnsupported");
  const limit = type.kind === "image" ? MEDIA_LIMITS.imageBytes : MEDIA_LIMITS.documentBytes;
  if (bytes.length > limit) throw refused(type.kind === "image" ? "imageTooLarge" : "documentTooLarge");
  if (type.kind === "document") {
    return { ...type, data: bytes, hash: sha256(bytes), width: null, height: null, variants: [] };
  }
  let data: Buffer;
  try {
    if (type.mimeType === "image/svg+xml") {
      const clean = sanitizeSvg(bytes.toString("utf8"));
      if (!clean) throw refused("svgUnsafe");
      data = Buffer.from(clean, "utf8");
    } else {
      const meta = await sharp(bytes, sharpOptions).metadata();
      // The decoder must agree with the signature (a PNG header on something else is refused).
      const expected = (
        { "image/png": "png", "image/jpeg": "jpeg", "image/webp": "webp" } as Record<string, string>
      )[type.mimeType];
      if (meta.format !== expected) throw refused("fileTypeUnsupported");
      data = await reencode(bytes, type);
    }
    const meta = await sharp(data, sharpOptions).metadata();
    if (!meta.width || !meta.height) throw refused("imageUnreadable");
    const variants = await variantsOf(data, meta.width, type.mimeType === "image/svg+xml");
    return { ...type, data, hash: sha256(data), width: meta.width, height: meta.height, variants };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused("imageUnreadable");
  }
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
