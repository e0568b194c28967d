/** Which translation, at which version of its working copy, a form acts on. */
export interface TranslationRef {
  type: string;
  id: string;
  locale: string;
  version: number;
}
