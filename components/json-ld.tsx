import { serializeJsonLd, type JsonLdDocument } from "@/lib/seo/json-ld";

/**
 * Structured data for crawlers. The JSON is escaped so that nothing in a headline can end the
 * script element; the script is a data block, never executed, so CSP does not apply to it.
 */
export function JsonLd({ data }: { data: JsonLdDocument }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
