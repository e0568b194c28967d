// The public addresses of a stored file. Each holds the file's hash, so its content never changes
// and it is served with an immutable cache lifetime (app/media/[id]/[hash]/[file]/route.ts).
import { extensionOf } from "./sniff";
import { VARIANT_FORMAT } from "./limits";

export interface MediaRef {
  id: string;
  hash: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  /** The widths of its variants, ascending. */
  widths: number[];
}

const base = (ref: Pick<MediaRef, "id" | "hash">) => `/media/${ref.id}/${ref.hash.slice(0, 16)}`;

export const variantUrl = (ref: Pick<MediaRef, "id" | "hash">, width: number) =>
  `${base(ref)}/${width}.${VARIANT_FORMAT}`;

export const originalUrl = (ref: Pick<MediaRef, "id" | "hash" | "mimeType">) =>
  `${base(ref)}/original.${extensionOf(ref.mimeType)}`;

/** `src`, `srcset` and the intrinsic size of an image, for an <img> that never shifts the layout. */
export function imageAttributes(ref: MediaRef, preferredWidth?: number) {
  const widths = ref.widths.length ? ref.widths : [];
  const src = widths.length
    ? variantUrl(ref, widths.find((w) => w >= (preferredWidth ?? 0)) ?? widths[widths.length - 1])
    : originalUrl(ref);
  return {
    src,
    srcSet: widths.map((w) => `${variantUrl(ref, w)} ${w}w`).join(", ") || undefined,
    width: ref.width ?? undefined,
    height: ref.height ?? undefined,
  };
}
