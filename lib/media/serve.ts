import "server-only";
import { reader } from "@/lib/db";
import { extensionOf } from "./sniff";
import { VARIANT_FORMAT } from "./limits";

const FILE = /^(?:(\d{1,5})\.(webp)|original\.([a-z]{3,4}))$/;

/** A stored file's response headers: its type, and never anything that runs. */
function headersFor(mimeType: string, filename: string, cache: string) {
  const headers: Record<string, string> = {
    "Content-Type": mimeType,
    "Cache-Control": cache,
    "X-Content-Type-Options": "nosniff",
    // An SVG opened on its own cannot run anything, even if the sanitizer had missed something.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (mimeType === "application/pdf")
    headers["Content-Disposition"] = `inline; filename="${filename.replace(/[^\w.-]+/g, "_")}"`;
  return headers;
}

/**
 * Answers /media/{id}/{hash}/{width}.webp or …/original.{ext}. The hash is part of the address,
 * so the content behind it never changes and browsers and proxies keep it for a year. Public
 * requests (`publicOnly`) get only files that something uses or that are marked public; anything
 * else is a 404, as an unknown file is.
 */
export async function serveMedia(
  params: { id: string; hash: string; file: string },
  { publicOnly }: { publicOnly: boolean },
): Promise<Response> {
  const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const match = FILE.exec(params.file);
  if (!match || !/^[0-9a-f]{16}$/.test(params.hash) || params.id.length > 64) return notFound();
  const width = match[1] ? Number(match[1]) : null;
  const asset = await reader().mediaAsset.findUnique({
    where: { id: params.id },
    select: {
      hash: true,
      mimeType: true,
      filename: true,
      isPublic: true,
      data: width === null,
      _count: { select: { organisations: true } },
      variants: width === null ? false : { where: { format: VARIANT_FORMAT, width }, select: { data: true } },
    },
  });
  if (!asset || !asset.hash.startsWith(params.hash)) return notFound();
  if (publicOnly && !asset.isPublic && asset._count.organisations === 0) return notFound();
  const cache = publicOnly ? "public, max-age=31536000, immutable" : "private, max-age=3600";
  if (width === null) {
    if (match[3] !== extensionOf(asset.mimeType) || !asset.data) return notFound();
    return new Response(new Uint8Array(asset.data), {
      headers: headersFor(asset.mimeType, asset.filename, cache),
    });
  }
  const variant = asset.variants?.[0];
  if (!variant) return notFound();
  return new Response(new Uint8Array(variant.data), {
    headers: headersFor("image/webp", asset.filename, cache),
  });
}
