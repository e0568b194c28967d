// What a file is, read from its first bytes (its "magic number"), never from its name or the
// type the browser declared: a script named logo.png is refused as what it is.

export type MediaKindName = "image" | "document";

export interface SniffedType {
  mimeType: "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml" | "application/pdf";
  kind: MediaKindName;
  /** The extension of the stored original's URL. */
  ext: "png" | "jpg" | "webp" | "svg" | "pdf";
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** An SVG: UTF-8 text (no NUL byte) whose first element is <svg>, after an optional prolog. */
function looksLikeSvg(bytes: Uint8Array) {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head).replace(/^\uFEFF/, "");
  // The prolog: an XML declaration, comments, processing instructions and a doctype, in any order.
  const prolog = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^>]*>)*/i;
  return /^<svg[\s>]/i.test(text.replace(prolog, ""));
}

export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mimeType: "image/png", kind: "image", ext: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", kind: "image", ext: "jpg" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8))
    return { mimeType: "image/webp", kind: "image", ext: "webp" };
  if (startsWith(bytes, ascii("%PDF-"))) return { mimeType: "application/pdf", kind: "document", ext: "pdf" };
  if (looksLikeSvg(bytes)) return { mimeType: "image/svg+xml", kind: "image", ext: "svg" };
  return null;
}

export const extensionOf = (mimeType: string) =>
  (
    ({
      "image/png": "png",
      "image/jpeg": "jpg",
      "image/webp": "webp",
      "image/svg+xml": "svg",
      "application/pdf": "pdf",
    }) as Record<string, string>
  )[mimeType] ?? "bin";
