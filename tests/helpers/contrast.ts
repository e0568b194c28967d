// WCAG 2.1 contrast of CSS colours as browsers and Tailwind write them: #hex, rgb()/rgba() and
// oklch() (Tailwind 4's palette, and what Chromium reports for it in computed styles).

/** An sRGB colour, channels 0–1 (gamma-encoded), with its alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const number = (value: string, percentOf = 1) =>
  value.endsWith("%") ? (Number.parseFloat(value) / 100) * percentOf : Number.parseFloat(value);

const encode = (linear: number) => {
  const c = Math.min(1, Math.max(0, linear));
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
};
const decode = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function fromOklch(l: number, c: number, hue: number, a: number): Rgba {
  const h = (hue * Math.PI) / 180;
  const A = c * Math.cos(h);
  const B = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m_ = (l - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s_ = (l - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return {
    r: encode(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
    g: encode(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
    b: encode(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_),
    a,
  };
}

export function parseColor(css: string): Rgba {
  const value = css.trim().toLowerCase();
  if (value === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
  if (value === "white") return { r: 1, g: 1, b: 1, a: 1 };
  if (value === "black") return { r: 0, g: 0, b: 0, a: 1 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((d) => d + d).join("") : hex;
    const channel = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16) / 255;
    return { r: channel(0), g: channel(1), b: channel(2), a: full.length === 8 ? channel(3) : 1 };
  }
  const fn = /^(rgba?|oklch)\((.*)\)$/.exec(value);
  if (fn) {
    const [channels, alpha] = fn[2].split("/");
    const parts = channels.split(/[\s,]+/).filter(Boolean);
    const a = alpha !== undefined ? number(alpha.trim()) : parts[3] !== undefined ? number(parts[3]) : 1;
    if (fn[1] === "oklch") return fromOklch(number(parts[0]), number(parts[1], 0.4), number(parts[2]), a);
    const [r, g, b] = parts.slice(0, 3).map((p) => number(p, 255) / 255);
    return { r, g, b, a };
  }
  throw new Error(`Unknown colour: ${css}`);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function luminance({ r, g, b }: Rgba) {
  return 0.2126 * decode(r) + 0.7152 * decode(g) + 0.0722 * decode(b);
}

/** WCAG 2.1 contrast ratio, from 1 to 21. */
export function contrast(one: string | Rgba, other: string | Rgba) {
  const [a, b] = [one, other].map((c) => luminance(typeof c === "string" ? parseColor(c) : c));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
