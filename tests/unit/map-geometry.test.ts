import { describe, expect, it } from "vitest";
import {
  fitProjection,
  pathData,
  ringArea,
  ringCentroid,
  simplifyLine,
  simplifyRing,
  type Point,
} from "@/lib/map/geometry";
import { BELGIUM_SHAPES, BELGIUM_VIEWBOX } from "@/lib/map/belgium-shapes";
import { regions } from "@/prisma/seed-data";

describe("map geometry", () => {
  it("fits the points to the width, with the margin on every side and north up", () => {
    const points: Point[] = [
      [2.5, 51.5],
      [6.4, 51.5],
      [2.5, 49.5],
      [6.4, 49.5],
    ];
    const { project, width, height } = fitProjection(points, 400, 10);
    expect(width).toBe(400);
    const [nw, ne, sw, se] = points.map(project);
    expect(nw[0]).toBeCloseTo(10);
    expect(ne[0]).toBeCloseTo(390);
    expect(nw[1]).toBeCloseTo(10);
    expect(sw[1]).toBeCloseTo(height - 10);
    expect(se).toEqual([ne[0], sw[1]]);
    // A degree of longitude is shorter than a degree of latitude at 50.5° N: cos(50.5°) ≈ 0.636.
    const degreeOfLongitude = (ne[0] - nw[0]) / 3.9;
    const degreeOfLatitude = (sw[1] - nw[1]) / 2;
    expect(degreeOfLongitude / degreeOfLatitude).toBeCloseTo(Math.cos((50.5 * Math.PI) / 180), 3);
  });

  it("drops the points of a line that are within the tolerance and keeps the others", () => {
    const line: Point[] = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0],
      [4, 5],
      [5, 0],
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [4, 5],
      [5, 0],
    ]);
    expect(simplifyLine(line, 0.01)).toEqual(line);
    expect(simplifyLine(line.slice(0, 2), 10)).toEqual(line.slice(0, 2));
  });

  it("simplifies a closed ring from both sides and drops a ring that collapses", () => {
    const square: Point[] = [
      [0, 0],
      [5, 0.05],
      [10, 0],
      [10, 10],
      [5, 10.05],
      [0, 10],
    ];
    expect(simplifyRing(square, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
    const sliver: Point[] = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [5, -0.1],
    ];
    expect(simplifyRing(sliver, 1)).toBeNull();
  });

  it("computes a ring's area and centroid", () => {
    const square: Point[] = [
      [0, 0],
      [4, 0],
      [4, 2],
      [0, 2],
    ];
    expect(Math.abs(ringArea(square))).toBe(8);
    expect(ringCentroid(square)).toEqual([2, 1]);
    expect(ringCentroid([...square].reverse())).toEqual([2, 1]);
  });

  it("writes short SVG path data", () => {
    expect(
      pathData([
        [
          [0, 0],
          [10.04, 0.5],
          [-0.01, 2.25],
        ],
        [
          [1, 1],
          [2, 1],
          [2, 2],
        ],
      ]),
    ).toBe("M0 0L10 0.5L0 2.3ZM1 1L2 1L2 2Z");
  });
});

describe("the generated shapes of Belgium", () => {
  it("has a shape for every region of the seed (the federal level is drawn apart)", () => {
    const keys = regions.filter((r) => r.kind === "region").map((r) => r.key);
    expect(Object.keys(BELGIUM_SHAPES).sort()).toEqual(keys.sort());
  });

  it("stays inside its viewBox, with each label's centre inside it too", () => {
    for (const { d, centre } of Object.values(BELGIUM_SHAPES)) {
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs, ...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(BELGIUM_VIEWBOX.width);
      expect(Math.max(...ys)).toBeLessThanOrEqual(BELGIUM_VIEWBOX.height);
      expect(centre[0]).toBeGreaterThan(0);
      expect(centre[1]).toBeLessThan(BELGIUM_VIEWBOX.height);
    }
  });
});
