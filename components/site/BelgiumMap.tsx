import { getTranslations } from "next-intl/server";
import type { RegionSummary } from "@/lib/content/regions";
import { langAttribute } from "@/lib/i18n/locales";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { BELGIUM_SHAPES, BELGIUM_VIEWBOX } from "@/lib/map/belgium-shapes";

type Region = Pick<
  RegionSummary,
  "id" | "key" | "kind" | "name" | "slugs" | "lang" | "isFallback" | "leadAgency"
>;
type ShapeKey = keyof typeof BELGIUM_SHAPES;

const WIDTH = BELGIUM_VIEWBOX.width;
/**
 * Bands below the country: Brussels, too small to hold its label (a line links it to its band),
 * then the federal level, which is no area of its own.
 */
const BAND_HEIGHT = 54;
const BRUSSELS_BAND_Y = BELGIUM_VIEWBOX.height + 8;
const FEDERAL_BAND_Y = BRUSSELS_BAND_Y + BAND_HEIGHT + 8;
const HEIGHT = FEDERAL_BAND_Y + BAND_HEIGHT;
/** Where the Brussels line meets its band: left of the Wallonia label at either size. */
const BRUSSELS_LINE_END = { x: 100, y: BRUSSELS_BAND_Y };
/** The first baseline of the two areas' labels: inside the area, clear of Brussels. */
const LABEL_AT: Record<Exclude<ShapeKey, "brussels">, [number, number]> = {
  flanders: [177, 62],
  wallonia: [255, 190],
};
/**
 * Label sizes in map units. The map is as wide as its column: in a column under 384 px (a phone)
 * a unit is smaller than a CSS pixel, so the labels take more units to stay 12 px or more.
 */
const NAME_SIZE = "text-[17px] @sm:text-[13px]";
const AGENCY_SIZE = "text-[17px] @sm:text-[16px]";

/**
 * The agency's name as the map prints it: a name too long for the map's width (about 40
 * characters at the agency label's size in 400 units) gives way to the short form in its closing
 * brackets, as "… Politik und Unterstützung (BOSA)" does in German. The link's accessible name
 * stays whole.
 */
function mapName(name: string) {
  const short = /\(([^()]+)\)$/.exec(name);
  return name.length > 40 && short ? short[1] : name;
}

// Fills are pale in light mode and print, deep in dark mode; the text on them keeps its
// contrast either way, and the labels, not the colours, tell the areas apart.
const FILLS: Record<ShapeKey | "federal", string> = {
  flanders:
    "fill-amber-100 group-hover:fill-amber-200 dark:fill-amber-950 dark:group-hover:fill-amber-900 print:fill-amber-100",
  wallonia:
    "fill-rose-100 group-hover:fill-rose-200 dark:fill-rose-950 dark:group-hover:fill-rose-900 print:fill-rose-100",
  brussels:
    "fill-sky-200 group-hover:fill-sky-300 dark:fill-sky-900 dark:group-hover:fill-sky-800 print:fill-sky-200",
  federal:
    "fill-slate-100 group-hover:fill-slate-200 dark:fill-slate-800 dark:group-hover:fill-slate-700 print:fill-slate-100",
};
const OUTLINE =
  "stroke-slate-600 [stroke-width:1] group-focus-visible:stroke-slate-950 group-focus-visible:[stroke-width:4] dark:stroke-slate-300 dark:group-focus-visible:stroke-white print:stroke-slate-600";

// The link colours of the site, also for the underline, which SVG paints with the link's fill.
const LINK = "group fill-current text-brand-800 dark:text-brand-50 print:text-black";

const isShapeKey = (key: string): key is ShapeKey => key in BELGIUM_SHAPES;

/**
 * Belgium's three regions and the federal level as an SVG whose areas are links to the region
 * pages, named after the region and its digital agency, with the same links as a list beside
 * it. A server component: plain links, no script.
 */
export async function BelgiumMap({ locale, regions }: { locale: Locale; regions: Region[] }) {
  const t = await getTranslations({ locale, namespace: "Map" });
  const regionHref = (r: Region) =>
    pathFor(locale, { pathname: "/regions/[slug]", params: { slug: r.slugs[locale] } });
  const areaName = (r: Region) =>
    r.leadAgency ? t("areaName", { region: r.name, organisation: r.leadAgency.name }) : r.name;
  const federal = regions.find((r) => r.kind === "federal");
  // Brussels last, so that the line to its band is drawn over Wallonia.
  const areas = regions
    .filter((r) => r.kind !== "federal" && isShapeKey(r.key))
    .sort((a, b) => Number(a.key === "brussels") - Number(b.key === "brussels"));

  const label = (r: Region, x: number, y: number) => (
    <text x={x} y={y} textAnchor="middle" className="fill-current">
      <tspan x={x} className={NAME_SIZE} lang={langAttribute(r)}>
        {r.name}
      </tspan>
      {r.leadAgency && (
        <tspan x={x} dy="1.2em" className={`${AGENCY_SIZE} font-semibold`} lang={langAttribute(r.leadAgency)}>
          {mapName(r.leadAgency.name)}
        </tspan>
      )}
    </text>
  );
  const band = (r: Region, y: number, key: "brussels" | "federal") => (
    <>
      <rect
        x="1"
        y={y}
        width={WIDTH - 2}
        height={BAND_HEIGHT - 1}
        rx="6"
        className={`${FILLS[key]} ${OUTLINE}`}
      />
      {label(r, WIDTH / 2, y + 22)}
    </>
  );

  return (
    <figure className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
      <div className="@container w-full max-w-xl lg:row-span-2">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={t("label")}
          className="block h-auto w-full overflow-visible"
        >
          {areas.map((r) => {
            const key = r.key as ShapeKey;
            const shape = BELGIUM_SHAPES[key];
            return (
              <a key={r.id} href={regionHref(r)} aria-label={areaName(r)} className={LINK}>
                <path d={shape.d} fillRule="evenodd" className={`${FILLS[key]} ${OUTLINE}`} />
                {key === "brussels" ? (
                  <>
                    <line
                      x1={shape.centre[0]}
                      y1={shape.centre[1]}
                      x2={BRUSSELS_LINE_END.x}
                      y2={BRUSSELS_LINE_END.y}
                      className="stroke-current [stroke-width:1.5]"
                    />
                    <circle cx={shape.centre[0]} cy={shape.centre[1]} r="2.5" className="fill-current" />
                    {band(r, BRUSSELS_BAND_Y, "brussels")}
                  </>
                ) : (
                  label(r, ...LABEL_AT[key])
                )}
              </a>
            );
          })}
          {federal && (
            <a href={regionHref(federal)} aria-label={areaName(federal)} className={LINK}>
              {band(federal, FEDERAL_BAND_Y, "federal")}
            </a>
          )}
        </svg>
      </div>
      <ul aria-label={t("listLabel")} className="space-y-3">
        {regions.map((r) => (
          <li key={r.id}>
            <a href={regionHref(r)} className="font-semibold" lang={langAttribute(r)}>
              {r.name}
            </a>
            {r.leadAgency && (
              <span className="block" lang={langAttribute(r.leadAgency)}>
                <a
                  href={pathFor(locale, {
                    pathname: "/organisations/[slug]",
                    params: { slug: r.leadAgency.slugs[locale] },
                  })}
                >
                  {r.leadAgency.name}
                </a>
              </span>
            )}
          </li>
        ))}
      </ul>
      <figcaption className="text-sm text-slate-700 lg:col-start-2 dark:text-slate-300">
        {t("caption")} {t("source")}
      </figcaption>
    </figure>
  );
}
