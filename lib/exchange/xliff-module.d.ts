// The parts of the `xliff` package (locize) used here; it ships no types of its own.
declare module "xliff" {
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
    additionalAttributes?: Record<string, string>;
    groupUnits?: Record<string, XliffUnit>;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function jsToXliff12(js: XliffJs, options?: { indent?: string }): Promise<string>;
  export function xliff12ToJs(xml: string, options?: object): Promise<XliffJs>;
}
