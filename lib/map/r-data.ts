// A reader for R's serialization format (version 2 and 3, XDR), enough to read the plain data
// that R packages ship in their lazy-load databases: vectors, lists, attributes, S4 objects.
// The format is described in "R Internals", section 1.8 (Serialization formats).
// scripts/belgium-map.mts uses it to read Natural Earth's shapes from a Debian package.

/** An R value: a vector (atomic or list) with its attributes, or a special marker. */
export type RValue =
  | { kind: "null" }
  | { kind: "logical" | "integer"; data: (number | null)[]; attributes: RAttributes }
  | { kind: "double"; data: number[]; attributes: RAttributes }
  | { kind: "character"; data: (string | null)[]; attributes: RAttributes }
  | { kind: "list"; data: RValue[]; attributes: RAttributes }
  | { kind: "symbol"; name: string }
  | { kind: "pairlist"; data: { tag: string | null; value: RValue }[]; attributes: RAttributes }
  | { kind: "s4"; attributes: RAttributes }
  | { kind: "other"; type: number; attributes: RAttributes };

export type RAttributes = Record<string, RValue>;

const NA_INTEGER = -2147483648;
const NULL: RValue = { kind: "null" };

const SXP = {
  SYM: 1,
  LIST: 2,
  CLO: 3,
  ENV: 4,
  PROM: 5,
  LANG: 6,
  CHAR: 9,
  LGL: 10,
  INT: 13,
  REAL: 14,
  STR: 16,
  DOT: 17,
  VEC: 19,
  EXPR: 20,
  RAW: 24,
  S4: 25,
  ALTREP: 238,
  ATTRLIST: 239,
  ATTRLANG: 240,
  BASEENV: 241,
  EMPTYENV: 242,
  PERSIST: 247,
  PACKAGE: 248,
  NAMESPACE: 249,
  BASENAMESPACE: 250,
  MISSINGARG: 251,
  UNBOUNDVALUE: 252,
  GLOBALENV: 253,
  NILVALUE: 254,
  REF: 255,
} as const;

const PAIRLIST_TYPES = new Set<number>([
  SXP.LIST,
  SXP.LANG,
  SXP.CLO,
  SXP.PROM,
  SXP.DOT,
  SXP.ATTRLIST,
  SXP.ATTRLANG,
]);
const MARKERS = new Set<number>([
  SXP.BASEENV,
  SXP.EMPTYENV,
  SXP.BASENAMESPACE,
  SXP.MISSINGARG,
  SXP.UNBOUNDVALUE,
  SXP.GLOBALENV,
]);

/** Reads one serialized R object (the bytes after decompression: "X\n", then XDR). */
export function unserialize(bytes: Uint8Array): RValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const references: RValue[] = [];
  const int = () => {
    const value = view.getInt32(at);
    at += 4;
    return value;
  };
  const double = () => {
    const value = view.getFloat64(at);
    at += 8;
    return value;
  };
  const text = (length: number) => {
    const value = new TextDecoder().decode(bytes.subarray(at, at + length));
    at += length;
    return value;
  };
  const length = () => {
    const n = int();
    if (n !== -1) return n;
    const upper = int();
    return upper * 2 ** 32 + (int() >>> 0);
  };

  if (text(2) !== "X\n") throw new Error("Not an R serialization in XDR format");
  const version = int();
  int(); // the R version that wrote it
  int(); // the oldest R version that reads it
  if (version === 3)
    text(int()); // the native encoding
  else if (version !== 2) throw new Error(`Unsupported serialization version ${version}`);

  const attributesOf = (value: RValue): RAttributes => {
    if (value.kind !== "pairlist") return {};
    return Object.fromEntries(value.data.map(({ tag, value: v }) => [tag ?? "", v]));
  };

  function stringVector(): string[] {
    if (int() !== 0) throw new Error("Malformed string vector");
    return Array.from({ length: int() }, () => {
      const item = read();
      return item.kind === "character" ? (item.data[0] ?? "") : "";
    });
  }

  function read(): RValue {
    const flags = int();
    const type = flags & 0xff;
    const hasAttributes = (flags & (1 << 9)) !== 0;
    if (type === SXP.NILVALUE) return NULL;
    if (MARKERS.has(type)) return { kind: "other", type, attributes: {} };
    if (type === SXP.REF) {
      const index = flags >> 8 || int();
      return references[index - 1];
    }
    if (type === SXP.PERSIST || type === SXP.PACKAGE || type === SXP.NAMESPACE) {
      const value: RValue = { kind: "character", data: stringVector(), attributes: {} };
      references.push(value);
      return value;
    }
    if (type === SXP.SYM) {
      const name = read();
      const value: RValue = { kind: "symbol", name: name.kind === "character" ? (name.data[0] ?? "") : "" };
      references.push(value);
      return value;
    }
    if (type === SXP.ENV) {
      int(); // locked
      const value: RValue = { kind: "other", type, attributes: {} };
      references.push(value);
      read(); // enclosure
      read(); // frame
      read(); // hash table
      value.attributes = attributesOf(read());
      return value;
    }
    if (PAIRLIST_TYPES.has(type)) {
      // A pairlist is a chain of cells: read it as one array rather than by recursion.
      const data: { tag: string | null; value: RValue }[] = [];
      let attributes: RAttributes = {};
      let cellFlags = flags;
      for (let first = true; ; first = false) {
        const cellAttributes = (cellFlags & (1 << 9)) !== 0 ? attributesOf(read()) : {};
        if (first) attributes = cellAttributes;
        const tag = (cellFlags & (1 << 10)) !== 0 ? read() : null;
        data.push({ tag: tag?.kind === "symbol" ? tag.name : null, value: read() });
        cellFlags = int();
        if (!PAIRLIST_TYPES.has(cellFlags & 0xff)) {
          at -= 4;
          const rest = read();
          if (rest.kind !== "null") data.push({ tag: null, value: rest });
          break;
        }
      }
      return { kind: "pairlist", data, attributes };
    }
    let value: RValue;
    switch (type) {
      case SXP.CHAR: {
        const n = int();
        return { kind: "character", data: [n === -1 ? null : text(n)], attributes: {} };
      }
      case SXP.LGL:
      case SXP.INT: {
        const n = length();
        const data = Array.from({ length: n }, () => {
          const v = int();
          return v === NA_INTEGER ? null : v;
        });
        value = { kind: type === SXP.LGL ? "logical" : "integer", data, attributes: {} };
        break;
      }
      case SXP.REAL: {
        const n = length();
        value = { kind: "double", data: Array.from({ length: n }, double), attributes: {} };
        break;
      }
      case SXP.STR: {
        const n = length();
        const data = Array.from({ length: n }, () => {
          const item = read();
          return item.kind === "character" ? item.data[0] : null;
        });
        value = { kind: "character", data, attributes: {} };
        break;
      }
      case SXP.VEC:
      case SXP.EXPR: {
        const n = length();
        value = { kind: "list", data: Array.from({ length: n }, read), attributes: {} };
        break;
      }
      case SXP.RAW: {
        const n = length();
        at += n;
        value = { kind: "other", type, attributes: {} };
        break;
      }
      case SXP.S4:
        value = { kind: "s4", attributes: {} };
        break;
      case SXP.ALTREP:
        return altrep();
      default:
        throw new Error(`Unsupported R type ${type} at byte ${at - 4}`);
    }
    if (hasAttributes && "attributes" in value) value.attributes = attributesOf(read());
    return value;
  }

  // Compact sequences and wrappers, which R 3.5 and later write for some vectors.
  function altrep(): RValue {
    const info = read();
    const state = read();
    const attributes = attributesOf(read());
    const className =
      info.kind === "pairlist" && info.data[0].value.kind === "symbol" ? info.data[0].value.name : "";
    if (className === "compact_intseq" || className === "compact_realseq") {
      const [n, start, step] = state.kind === "double" ? state.data : [];
      const data = Array.from({ length: n }, (_, i) => start + i * step);
      return className === "compact_intseq"
        ? { kind: "integer", data, attributes }
        : { kind: "double", data, attributes };
    }
    if (className.startsWith("wrap_") && state.kind === "list") {
      const wrapped = state.data[0];
      return "attributes" in wrapped ? ({ ...wrapped, attributes } as RValue) : wrapped;
    }
    if (className === "deferred_string" && state.kind === "pairlist") {
      const source = state.data[0].value;
      if (source.kind === "integer" || source.kind === "double") {
        return {
          kind: "character",
          data: source.data.map((v) => (v === null ? null : String(v))),
          attributes,
        };
      }
    }
    throw new Error(`Unsupported ALTREP class ${className}`);
  }

  return read();
}

/** An attribute (an S4 slot is one) of an R value. */
export function slot(value: RValue, name: string): RValue {
  const found = "attributes" in value ? value.attributes[name] : undefined;
  if (!found) throw new Error(`No attribute "${name}"`);
  return found;
}

/** A data frame column (or list element) by name. */
export function column(frame: RValue, name: string): RValue {
  if (frame.kind !== "list") throw new Error("Not a list");
  const names = slot(frame, "names");
  const index = names.kind === "character" ? names.data.indexOf(name) : -1;
  if (index < 0) throw new Error(`No column "${name}"`);
  return frame.data[index];
}
