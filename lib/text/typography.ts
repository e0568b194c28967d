/**
 * The separator after a label ("Budget: …"). French puts a no-break space before the colon,
 * so that it never starts a line.
 */
export function colon(locale: string): string {
  return locale === "fr" ? "\u00a0: " : ": ";
}

/**
 * A title and what follows its colon ("Belgique numérique\u00a0: les agences…"). French and Dutch
 * go on in lower case after a colon; English titles here begin with a proper noun after it
 * ("Belgium's…"), which keeps its capital, so English is left as written.
 */
export function titleWithColon(locale: string, head: string, rest: string): string {
  const after =
    locale === "fr" || locale === "nl" ? rest.charAt(0).toLocaleLowerCase(locale) + rest.slice(1) : rest;
  return `${head}${colon(locale)}${after}`;
}
