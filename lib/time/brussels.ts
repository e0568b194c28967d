// Editors think in Belgian time: schedules are entered and shown in Europe/Brussels and stored in UTC.

export const PORTAL_TIME_ZONE = "Europe/Brussels";

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const wallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: PORTAL_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClockParts(instant: Date) {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes Brussels is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetAt(instant: Date): number {
  const p = wallClockParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The value of an `<input type="datetime-local">` for this instant, on Brussels' wall clock. */
export function toBrusselsInput(instant: Date, { seconds = false } = {}): string {
  const p = wallClockParts(instant);
  const two = (n: number) => String(n).padStart(2, "0");
  const minutes = `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
  return seconds ? `${minutes}:${two(p.second)}` : minutes;
}

/**
 * The instant a Brussels wall-clock time ("2026-12-01T09:30") (seconds optional) names; null when it is not a valid
 * date and time, or does not exist (the hour skipped when clocks go forward). In the hour that
 * happens twice in October, the first (summer time) is meant.
 */
export function fromBrusselsInput(local: string): Date | null {
  const m = LOCAL_PATTERN.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? 0 : Number(v)));
  const naive = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  // Try the offsets around that moment: summer time first, so the repeated hour means the first one.
  const candidates = [
    ...new Set([offsetAt(new Date(naive - 3 * 3_600_000)), offsetAt(new Date(naive + 3 * 3_600_000))]),
  ]
    .sort((a, b) => b - a)
    .map((offset) => new Date(naive - offset * 60_000));
  const seconds = m[6] !== undefined;
  return candidates.find((instant) => toBrusselsInput(instant, { seconds }) === local) ?? null;
}

/**
 * How a planned moment is shown, in Brussels time: with its seconds only when it has some
 * (plans are nearly always made to the minute, and "09:30:00" reads as noise).
 */
export function plannedMomentFormat(instant: Date, dateStyle: "long" | "medium" = "long") {
  return {
    dateStyle,
    // Brussels is a whole number of hours from UTC: the seconds are the same on both clocks.
    timeStyle: instant.getUTCSeconds() === 0 ? "short" : "medium",
    timeZone: PORTAL_TIME_ZONE,
  } as const;
}
