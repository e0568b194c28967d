// The framework's own cost for a page of the portal's shape: a `[locale]` SSG page with about
// 1 KB of text, no data, no i18n library, no styles and no proxy (scripts/bench.mjs).
const paragraph =
  "A bare Next.js page, prerendered in each locale, for the benchmark: the portal's public pages are measured against it. ";

export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      {Array.from({ length: 8 }, (_, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </main>
  );
}
