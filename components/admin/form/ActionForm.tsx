"use client";

import { unstable_rethrow } from "next/navigation";
import {
  createContext,
  useActionState,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { ActionResult } from "@/lib/actions/pipeline";
import { ConflictPanel, type Conflict } from "./ConflictPanel";
import { ErrorSummary } from "./ErrorSummary";
import { LocalDraftNotice } from "./LocalDraftNotice";
import {
  pruneDrafts,
  readDraft,
  removeDraft,
  sameValues,
  writeDraft,
  type LocalDraft,
  type Values,
} from "./local-drafts";
import { useAnnounce } from "./StatusRegion";
import { useUnsavedChanges } from "./UnsavedChanges";

export type { Values };
/** Kept values put back, offered because the text moved on, or set aside for a copy. */
export type DraftKind = "restored" | "offered" | "aside";
export type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Failure = Extract<ActionResult, { ok: false }>;

/** What a field tells its form: its label (error summary, conflict view) and its values' names. */
export interface FieldInfo {
  label: string;
  /** Never kept in the browser or compared (passwords). */
  secret?: boolean;
  /** The labels of its values (a select's or checkboxes' options), to show theirs and mine. */
  options?: { value: string; label: string }[];
  /** The field's length limit, for the "too long" message. */
  maxLength?: number;
}

/** A field's value as the editor reads it: option labels instead of ids. */
export function displayValue(info: FieldInfo | undefined, value: string | string[] | undefined): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  if (!info?.options) return list.join(", ");
  if (list.length === 0) return info.options.find((o) => o.value === "")?.label ?? "";
  return list.map((v) => info.options!.find((o) => o.value === v)?.label ?? v).join(", ");
}

/** The form as the error summary and the conflict view read it. */
export interface FormView {
  formId: string;
  /** The names of the fields, in the order of the form. */
  fieldOrder: string[];
  fieldInfo: (name: string) => FieldInfo | undefined;
  values: Values;
}

interface FormContextValue {
  formId: string;
  values: Values;
  setValue: (name: string, value: string | string[]) => void;
  /** The error keys (Errors namespace) the last answer gave this field. */
  errorsOf: (name: string) => string[];
  register: (name: string, info: FieldInfo) => () => void;
  pending: boolean;
  /** The `intent` of the button that sent the form, while it is being sent. */
  pendingIntent: string | null;
}

const FormContext = createContext<FormContextValue | null>(null);

/**
 * Whether version `a` comes after `b`. Versions are counters (translations) or ISO times (facts,
 * users): both order correctly, as numbers and as strings of one length.
 */
export function newer(a: string, b: string): boolean {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) > Number(b);
  return a > b;
}

/** The fields whose value is longer than their limit, with the server's error key; null when none. */
export function tooLongFields(
  fields: ReadonlyMap<string, FieldInfo>,
  values: Values,
): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const [name, info] of fields) {
    const value = values[name];
    if (info.maxLength !== undefined && typeof value === "string" && value.length > info.maxLength)
      errors[name] = ["tooLong"];
  }
  return Object.keys(errors).length ? errors : null;
}

/** Whether an error is Next's way of saying the action redirected (it navigates by itself). */
function navigating(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

export function useForm() {
  const context = useContext(FormContext);
  if (!context) throw new Error("A form field outside ActionForm");
  return context;
}

export interface ActionFormProps<T> {
  /** The server action (lib/actions/*-actions.ts). */
  action: Action;
  /** Prefix of the field ids (`${id}-${name}`), unique on the page. */
  id: string;
  /** What the server holds for the fields now; refreshed props are adopted while nothing is typed. */
  values?: Values;
  /** The version of `values`, sent back in `versionField` so an older save is refused. */
  version?: string;
  versionField?: string;
  /** Keeps unsaved values in this browser under this key (per person and item). */
  draftKey?: string;
  /**
   * Unsaved values kept under this other key are offered, never put back by themselves: the form
   * holds something else the editor asked for (a copy of another language), kept under `draftKey`.
   */
  asideDraftKey?: string;
  /** Reads a conflict answer's detail: the newer values and version, and who saved them. */
  conflictOf?: (detail: unknown) => Conflict | null;
  /** The values and version the server stored, from a success answer's data. */
  savedOf?: (data: T) => { values?: Values; version?: string };
  /** After a success, empty the fields again (e.g. a form that creates one thing after another). */
  resetOnSuccess?: boolean;
  /** The success message; shown in the page's status region when there is one. */
  success?: (data: T) => ReactNode;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A form bound to a server action that never loses what was typed. The values live here, not in
 * the inputs: a refused save (invalid, conflict, rate limit, server or network failure) changes
 * no field, a conflict answer's newer version is adopted so the next save can succeed, the result
 * takes the focus, and unsaved values are kept in this browser until saved. Without JavaScript
 * the same server action runs as a plain form post and the page comes back with the values.
 */
export function ActionForm<T = unknown>(props: ActionFormProps<T>) {
  const { action, id, draftKey, versionField } = props;
  const serverValues = useMemo(() => props.values ?? {}, [props.values]);
  // Without JavaScript the page is rendered again after the post, with the submitted values.
  const [posted, formAction] = useActionState(action, initialFormState);
  const [values, setValues] = useState<Values>(() =>
    posted.submittedAt ? { ...serverValues, ...posted.values } : serverValues,
  );
  const [base, setBase] = useState({ values: serverValues, version: props.version ?? "" });
  const [result, setResult] = useState<ActionResult<T> | null>(posted.result as ActionResult<T> | null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // An answer to a post without JavaScript is shown in the form: the page's status region only
  // receives answers that arrive here.
  const [answerPosted, setAnswerPosted] = useState(Boolean(posted.submittedAt));
  const [draft, setDraft] = useState<{ kind: DraftKind; draft: LocalDraft; aside?: boolean } | null>(null);
  const [pendingIntent, setPendingIntent] = useState<string | null>(null);
  const pending = pendingIntent !== null;
  const [answered, setAnswered] = useState(0);
  const sending = useRef(false);
  // The version the next save must send, set as soon as an answer names it: the page may still
  // be rendering that answer when the editor presses Save again.
  const nextVersion = useRef(base.version);
  useEffect(() => {
    nextVersion.current = base.version;
  }, [base.version]);
  const messageRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The fields on the form, in the order they appeared (the order of the error summary).
  const [fields, setFields] = useState<ReadonlyMap<string, FieldInfo>>(() => new Map());
  const fieldInfo = (name: string) => fields.get(name);
  const fieldOrder = [...fields.keys()];
  const announce = useAnnounce();
  const unsaved = useUnsavedChanges();

  const publicValues = useCallback(
    (all: Values) => {
      const kept: Values = {};
      for (const [name, value] of Object.entries(all)) if (!fields.get(name)?.secret) kept[name] = value;
      return kept;
    },
    [fields],
  );
  const dirty = !sameValues(publicValues(values), publicValues(base.values));

  // A newer state from the server (another form on the page acted, or the page was refreshed) is
  // adopted while nothing is typed; typed values are never replaced. An answer is often shown
  // before the page's refresh brings the same version as props: only a change of the props to a
  // version after the form's own counts.
  const [seenVersion, setSeenVersion] = useState(props.version);
  if (props.version !== seenVersion) {
    setSeenVersion(props.version);
    if (!dirty && newer(props.version ?? "", base.version)) {
      setValues(serverValues);
      setBase({ values: serverValues, version: props.version ?? "" });
      setResult(null);
      setConflict(null);
    }
  }

  // Unsaved values from an earlier visit: put back when they were typed on the current version,
  // offered when someone has saved since, or when the form holds something else (a copy).
  useEffect(() => {
    if (!draftKey) return;
    pruneDrafts();
    let kept = readDraft(draftKey);
    if (kept && sameValues(kept.values, publicValues(serverValues))) {
      removeDraft(draftKey);
      kept = null;
    }
    const aside = props.asideDraftKey ? readDraft(props.asideDraftKey) : null;
    const found = kept
      ? {
          kind: kept.version === (props.version ?? "") ? ("restored" as const) : ("offered" as const),
          draft: kept,
        }
      : aside && { kind: "aside" as const, draft: aside, aside: true };
    if (!found) return;
    // The browser's storage is read once, after hydration (the server cannot see it), and only
    // when it holds something to put back: this one extra render is the point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(found);
    if (found.kind === "restored") setValues((current) => ({ ...current, ...found.draft.values }));
    // Once, when the form appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every change is kept in this browser (a moment after typing stops) until it is saved.
  useEffect(() => {
    if (!draftKey) return;
    const timer = setTimeout(() => {
      if (dirty)
        writeDraft(draftKey, { values: publicValues(values), version: base.version, at: Date.now() });
      else if (!draft || draft.kind === "restored") removeDraft(draftKey);
    }, 250);
    return () => clearTimeout(timer);
  }, [draftKey, dirty, values, base.version, draft, publicValues]);

  // Leaving or reloading within that moment (or after a refused save adopted a newer version):
  // the values as they are now are kept at once, with the version they now build on.
  const keepNow = useRef<() => void>(() => {});
  useEffect(() => {
    keepNow.current = () => {
      if (draftKey && dirty)
        writeDraft(draftKey, { values: publicValues(values), version: base.version, at: Date.now() });
    };
  }, [draftKey, dirty, values, base.version, publicValues]);
  useEffect(() => {
    const keep = () => keepNow.current();
    window.addEventListener("pagehide", keep);
    return () => window.removeEventListener("pagehide", keep);
  }, []);

  useEffect(() => unsaved?.report(id, dirty), [unsaved, id, dirty]);
  useEffect(() => () => unsaved?.report(id, false), [unsaved, id]);

  // From here on the form is sent by onSubmit (tests wait for this mark before typing).
  useEffect(() => formRef.current?.setAttribute("data-ready", ""), []);

  // The answer takes the focus, so it is in view and read out wherever the editor pressed.
  useEffect(() => {
    if (answered) messageRef.current?.focus();
  }, [answered]);

  const handle = (answer: ActionResult<T>) => {
    setResult(answer);
    setAnswerPosted(false);
    if (answer.ok) {
      const saved = props.savedOf?.(answer.data) ?? {};
      const next = props.resetOnSuccess ? serverValues : { ...values, ...saved.values };
      setValues(next);
      setBase({ values: next, version: saved.version ?? base.version });
      if (saved.version) nextVersion.current = saved.version;
      setConflict(null);
      setDraft(null);
      if (draftKey) removeDraft(draftKey);
      // Values set aside and then put back are saved now; set aside and left, they stay kept.
      if (draft?.aside && draft.kind === "restored" && props.asideDraftKey) removeDraft(props.asideDraftKey);
      const message = props.success?.(answer.data);
      if (announce && message) announce(message);
      else setAnswered((n) => n + 1);
      return;
    }
    const newer = answer.code === "CONFLICT" ? (props.conflictOf?.(answer.detail) ?? null) : null;
    if (newer) {
      // The next save builds on the newer version: the editor decides field by field below.
      setBase({ values: { ...base.values, ...(newer.values ?? serverValues) }, version: newer.version });
      nextVersion.current = newer.version;
      setConflict({ ...newer, mine: publicValues(values) });
    }
    setAnswered((n) => n + 1);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // With JavaScript the form is sent from here, so that no answer (not even a failed request)
    // can reset it; React's own form action is the path without JavaScript.
    event.preventDefault();
    if (sending.current) return;
    // Too long is said at once, in the fields, as the server would say it: a text far beyond its
    // limit (a pasted file) would otherwise be refused by the transport before any check, with
    // nothing to point at. The server checks the same limits again.
    const tooLong = tooLongFields(fields, values);
    if (tooLong) {
      announce?.(null);
      handle({ ok: false, code: "VALIDATION", fieldErrors: tooLong });
      return;
    }
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    if (versionField) formData.set(versionField, nextVersion.current);
    sending.current = true;
    setPendingIntent(submitter?.getAttribute("value") ?? "");
    // The previous result no longer describes the page: the next one replaces it.
    announce?.(null);
    if (result?.ok) setResult(null);
    void send(formData);
  };

  // Not inside a transition: the answer is shown as soon as it arrives, not when the page's
  // refresh (which the same answer triggers) has finished rendering.
  const send = async (formData: FormData) => {
    let answer: ActionResult<T>;
    try {
      answer = (await action(initialFormState, formData)).result as ActionResult<T>;
    } catch (error) {
      if (navigating(error)) return;
      answer = { ok: false, code: "UNAVAILABLE", message: "sendFailed" };
    } finally {
      sending.current = false;
      setPendingIntent(null);
    }
    handle(answer);
  };

  const register = useCallback((name: string, info: FieldInfo) => {
    setFields((current) => new Map(current).set(name, info));
    return () =>
      setFields((current) => {
        const next = new Map(current);
        next.delete(name);
        return next;
      });
  }, []);

  const failure = result && !result.ok ? (result as Failure) : null;
  const context: FormContextValue = {
    formId: id,
    values,
    setValue: (name, value) => setValues((current) => ({ ...current, [name]: value })),
    errorsOf: (name) => failure?.fieldErrors?.[name] ?? [],
    register,
    pending,
    pendingIntent,
  };

  const discardDraft = () => {
    const key = draft?.aside ? props.asideDraftKey : draftKey;
    if (key) removeDraft(key);
    if (draft?.kind === "restored") setValues(base.values);
    setDraft(null);
  };
  const restoreDraft = () => {
    if (!draft) return;
    setValues((current) => ({ ...current, ...draft.draft.values }));
    // Saved on an older version: the save will show what changed since, to merge.
    setBase((current) => ({ ...current, version: draft.draft.version }));
    nextVersion.current = draft.draft.version;
    setDraft({ ...draft, kind: "restored" });
  };

  // What the error summary and the conflict view read of the form.
  const formView: FormView = { formId: id, fieldOrder, fieldInfo, values };
  const successMessage = result?.ok && (!announce || answerPosted) ? props.success?.(result.data) : null;
  return (
    <FormContext.Provider value={context}>
      <form
        ref={formRef}
        id={id}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        aria-labelledby={props.labelledBy}
        aria-busy={pending || undefined}
        className={props.className ?? "space-y-5"}
      >
        {versionField && <input type="hidden" name={versionField} value={base.version} />}
        {draft && (
          <LocalDraftNotice
            kind={draft.kind}
            at={draft.draft.at}
            version={draft.draft.version}
            currentVersion={base.version}
            onRestore={restoreDraft}
            onDiscard={discardDraft}
          />
        )}
        {failure && <ErrorSummary ref={messageRef} failure={failure} conflict={!!conflict} {...formView} />}
        {conflict && (
          <ConflictPanel
            conflict={conflict}
            serverValues={serverValues}
            choose={(name, value) => context.setValue(name, value)}
            {...formView}
          />
        )}
        {successMessage && (
          <div
            ref={messageRef}
            role="status"
            tabIndex={-1}
            className="border-l-4 border-green-700 bg-green-50 p-4 text-green-950 focus:outline-3 focus:outline-offset-2 focus:outline-green-700 dark:bg-slate-900 dark:text-green-100"
          >
            {successMessage}
          </div>
        )}
        {props.children}
      </form>
    </FormContext.Provider>
  );
}
