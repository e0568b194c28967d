// The framework's own cost: a static page with no data, no i18n and no styles.
export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A bare Next.js page, for the benchmark.</p>
    </main>
  );
}
