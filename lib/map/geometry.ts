// Turns longitude/latitude rings into SVG paths: a projection fitted to a box, Douglas–Peucker
// simplification and path text. Used by scripts/belgium-map.mts, which writes the map's shapes.

export type Point = readonly [number, number];
/** A ring is closed: its last point is not repeated. */
export type Ring = Point[];
/** The outer rings and holes of one area, as in the source data. */
export type Area = { rings: Ring[]; holes: Ring[] };

/**
 * An equirectangular projection centred on the data's mean latitude, scaled to `width` with a
 * margin on every side. Over a country as small as Belgium it keeps shapes and areas within a
 * few percent, which is all a picture needs.
 */
export function fitProjection(points: Point[], width: number, margin: number) {
  if (!points.length) throw new Error("No points to fit");
  const meanLatitude = points.reduce((sum, [, lat]) => sum + lat, 0) / points.length;
  const xScale = Math.cos((meanLatitude * Math.PI) / 180);
  const xs = points.map(([lon]) => lon * xScale);
  const ys = points.map(([, lat]) => -lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (width - 2 * margin) / (maxX - minX);
  const height = (maxY - minY) * scale + 2 * margin;
  const project = ([lon, lat]: Point): Point => [
    (lon * xScale - minX) * scale + margin,
    (-lat - minY) * scale + margin,
  ];
  return { project, width, height };
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point) {
  const [dx, dy] = [bx - ax, by - ay];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open line: keeps both ends and every point farther than `tolerance`. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring: split at its first point and the point farthest from it, so both
 * halves are open lines. A ring left with fewer than three points is dropped (null).
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  if (ring.length < 3) return null;
  let split = 1;
  for (let i = 1; i < ring.length; i++) {
    if (
      Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]) >
      Math.hypot(ring[split][0] - ring[0][0], ring[split][1] - ring[0][1])
    )
      split = i;
  }
  const first = simplifyLine(ring.slice(0, split + 1), tolerance);
  const second = simplifyLine([...ring.slice(split), ring[0]], tolerance);
  const simplified = [...first, ...second.slice(1, -1)];
  return simplified.length >= 3 ? simplified : null;
}

/** The signed area of a ring (shoelace formula; positive when clockwise on screen). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** The centroid of a ring, where a label sits inside a compact shape. */
export function ringCentroid(ring: Ring): Point {
  const area = ringArea(ring);
  let [cx, cy] = [0, 0];
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

const round = (value: number, decimals: number) => {
  const text = value.toFixed(decimals).replace(/\.?0+$/, "");
  return text === "-0" ? "0" : text;
};

/** SVG path data for rings (outer rings and holes alike: draw it with fill-rule="evenodd"). */
export function pathData(rings: Ring[], decimals = 1): string {
  return rings
    .map((ring) => "M" + ring.map(([x, y]) => `${round(x, decimals)} ${round(y, decimals)}`).join("L") + "Z")
    .join("");
}
