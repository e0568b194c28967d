/** One value as an RFC 4180 field, guarded against spreadsheet formula injection. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  // A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheet programs (OWASP).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

type Flat = Record<string, string | number | boolean | null>;

const isRef = (v: unknown): v is { key: string; name?: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "key" in v;

/**
 * Flattens an API resource into CSV columns: references become `<field>_key` and `<field>_name`,
 * lists of references `<field>_keys`, lists of values are joined with "; ".
 */
export function flatten(item: Record<string, unknown>): Flat {
  const flat: Flat = {};
  for (const [field, value] of Object.entries(item)) {
    const column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (Array.isArray(value)) {
      if (value.every(isRef)) flat[`${column}_keys`] = value.map((v) => v.key).join("; ");
      else flat[column] = value.join("; ");
    } else if (isRef(value)) {
      flat[`${column}_key`] = value.key;
      flat[`${column}_name`] = value.name ?? null;
    } else if (value === null && ["region", "organisation", "lead_agency"].includes(column)) {
      flat[`${column}_key`] = null;
      flat[`${column}_name`] = null;
    } else {
      flat[column] = value as Flat[string];
    }
  }
  return flat;
}

/** RFC 4180 CSV: a header row, CRLF line ends. */
export function toCsv(items: Record<string, unknown>[], emptyHeader: string[] = []): string {
  const rows = items.map(flatten);
  const header = rows.length ? Object.keys(rows[0]) : emptyHeader;
  return [header, ...rows.map((row) => header.map((column) => row[column]))]
    .map((cells) => cells.map(csvField).join(","))
    .join("\r\n")
    .concat("\r\n");
}
