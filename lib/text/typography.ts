/**
 * The separator after a label ("Budget: …"). French puts a no-break space before the colon,
 * so that it never starts a line.
 */
export function colon(locale: string): string {
  return locale === "fr" ? "\u00a0: " : ": ";
}
