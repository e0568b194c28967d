import { describe, expect, it } from "vitest";
import { column, slot, unserialize } from "@/lib/map/r-data";

// A small writer of R's XDR serialization (version 3), the inverse of what the reader expects.
const int = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n);
  return [...b];
};
const double = (n: number) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, n);
  return [...b];
};
const ATTR = 1 << 9;
const TAG = 1 << 10;
const OBJECT = 1 << 8;
const chars = (s: string | null) =>
  s === null
    ? [...int(9), ...int(-1)]
    : [...int(9 | (1 << 18)), ...int(s.length), ...new TextEncoder().encode(s)];
const symbol = (name: string) => [...int(1), ...chars(name)];
const nil = int(254);
/** A pairlist of attributes; a tag repeated later is written as a reference, as R does. */
const attributes = (entries: [number[], number[]][]) => [
  ...entries.flatMap(([tag, value]) => [...int(2 | TAG), ...tag, ...value]),
  ...nil,
];
const header = [
  ...new TextEncoder().encode("X\n"),
  ...int(3),
  ...int(0x40200),
  ...int(0x30500),
  ...int(5),
  ...new TextEncoder().encode("UTF-8"),
];

describe("reading R's serialization format", () => {
  it("reads a named list of numbers, integers with NA, strings with NA and logicals", () => {
    const bytes = new Uint8Array([
      ...header,
      ...int(19 | ATTR),
      ...int(4),
      ...int(14),
      ...int(2),
      ...double(4.5),
      ...double(-50.25),
      ...int(13),
      ...int(2),
      ...int(7),
      ...int(-2147483648),
      ...int(16),
      ...int(2),
      ...chars("Wallonia"),
      ...chars(null),
      ...int(10),
      ...int(1),
      ...int(1),
      ...attributes([
        [
          symbol("names"),
          [...int(16), ...int(4), ...chars("x"), ...chars("n"), ...chars("name"), ...chars("hole")],
        ],
      ]),
    ]);
    const list = unserialize(bytes);
    expect(column(list, "x")).toMatchObject({ kind: "double", data: [4.5, -50.25] });
    expect(column(list, "n")).toMatchObject({ kind: "integer", data: [7, null] });
    expect(column(list, "name")).toMatchObject({ kind: "character", data: ["Wallonia", null] });
    expect(column(list, "hole")).toMatchObject({ kind: "logical", data: [1] });
    expect(() => column(list, "y")).toThrow('No column "y"');
  });

  it("reads an S4 object's slots, a reference to a symbol seen before and a compact sequence", () => {
    const bytes = new Uint8Array([
      ...header,
      ...int(25 | ATTR | OBJECT),
      ...attributes([
        [
          symbol("coords"),
          [
            ...int(14 | ATTR),
            ...int(2),
            ...double(1),
            ...double(2),
            ...attributes([[symbol("dim"), [...int(13), ...int(2), ...int(1), ...int(2)]]]),
          ],
        ],
        // A reference to the first symbol written ("coords"), then "ID".
        [symbol("ID"), [...int(19), ...int(1), ...int(255 | (1 << 8))]],
        [
          symbol("seq"),
          [
            ...int(238),
            ...int(2),
            ...symbol("compact_intseq"),
            ...int(2),
            ...symbol("base"),
            ...int(2),
            ...int(13),
            ...int(1),
            ...int(13),
            ...nil,
            ...int(14),
            ...int(3),
            ...double(3),
            ...double(5),
            ...double(1),
            ...nil,
          ],
        ],
      ]),
    ]);
    const object = unserialize(bytes);
    expect(object.kind).toBe("s4");
    expect(slot(object, "coords")).toMatchObject({ kind: "double", data: [1, 2] });
    expect(slot(slot(object, "coords"), "dim")).toMatchObject({ data: [1, 2] });
    expect(slot(object, "ID")).toMatchObject({ kind: "list", data: [{ kind: "symbol", name: "coords" }] });
    expect(slot(object, "seq")).toMatchObject({ kind: "integer", data: [5, 6, 7] });
    expect(() => slot(object, "polygons")).toThrow('No attribute "polygons"');
  });

  it("refuses what is not R's XDR format", () => {
    expect(() => unserialize(new TextEncoder().encode("RDX3\n"))).toThrow("Not an R serialization");
  });
});
