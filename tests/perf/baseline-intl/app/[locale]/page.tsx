// The bare page of tests/perf/baseline, static in each locale, behind next-intl's middleware.
export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A bare Next.js page behind localized routing, for the benchmark.</p>
    </main>
  );
}
