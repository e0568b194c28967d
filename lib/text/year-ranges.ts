// A line may break after an en dash, which would leave "2019–" at the end of one line and "2024"
// at the start of the next. The text itself stays plain (search, slugs and accessible names see
// "2019–2024"); only its rendering keeps a range on one line.

const YEAR_RANGE = /(\b\d{4}–\d{4}\b)/;

export const noWrapClass = "whitespace-nowrap";

/** The text cut into plain parts and year ranges, in order; ranges at the odd positions. */
export function splitYearRanges(text: string): string[] {
  return text.split(YEAR_RANGE);
}
