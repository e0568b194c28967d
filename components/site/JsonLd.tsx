import { serializeJsonLd, type JsonLdDocument } from "@/lib/seo/jsonld";

/** Structured data for search engines; a data block, never executed, with `<` escaped. */
export function JsonLd({ data }: { data: JsonLdDocument | JsonLdDocument[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
