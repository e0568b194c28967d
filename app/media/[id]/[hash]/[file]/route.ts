import { serveMedia } from "@/lib/media/serve";

/**
 * The public address of the media library's files: only those in use (an organisation's logo)
 * or marked public, with immutable caching (the address holds the file's hash).
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; hash: string; file: string }> },
) {
  return serveMedia(await params, { publicOnly: true });
}
