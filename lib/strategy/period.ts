/** Where a strategy's implementation period (whole years, both included) stands on `today`. */
export type PeriodStatus = "upcoming" | "current" | "over";

export function periodStatus(periodStart: number, periodEnd: number, today: Date): PeriodStatus {
  // Belgian strategies count calendar years in Belgian time: 1 January 00:30 there is already
  // the new year, though it is still 31 December in UTC.
  const year = Number(
    new Intl.DateTimeFormat("en", { timeZone: "Europe/Brussels", year: "numeric" }).format(today),
  );
  if (year < periodStart) return "upcoming";
  return year > periodEnd ? "over" : "current";
}

/**
 * The pillars that have projects, which the diagram shows with them, and the others, which it
 * folds into one compact list; both in the strategy's order.
 */
export function splitPillars<T extends { projects: readonly unknown[] }>(pillars: readonly T[]) {
  return {
    withProjects: pillars.filter((p) => p.projects.length > 0),
    withoutProjects: pillars.filter((p) => p.projects.length === 0),
  };
}
