"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { markdownIssues, type MarkdownIssue } from "@/lib/markdown/issues";
import { referenceMarkdown, remarkReferences } from "@/lib/markdown/references";
import { CharacterCount, Field, describedBy, useField } from "./fields";
import { ReferencePicker, type ItemOption } from "./ReferencePicker";

/**
 * The Markdown body: a plain textarea whose value belongs to the form like every other field,
 * a live count against the limit, a formatted preview rendered as the public page renders it,
 * and a list of what the page will leave out (HTML, unsafe links, images from other sites).
 */
export function MarkdownField({
  name,
  label,
  hint,
  maxLength,
  lang,
}: {
  name: string;
  label: string;
  hint: string;
  maxLength: number;
  lang?: string;
}) {
  const t = useTranslations("Form");
  const { id, value, errors, setValue } = useField(name, { label, maxLength });
  const text = typeof value === "string" ? value : "";
  const [preview, setPreview] = useState(false);
  // Checked on a deferred copy, so typing in a long text stays fluid.
  const deferred = useDeferredValue(text);
  const issues = useMemo(() => markdownIssues(deferred), [deferred]);
  const invalid = errors.length > 0 || text.length > maxLength;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [inserted, setInserted] = useState("");
  // A link to an item replaces the selected words (they become its text) or goes at the caret.
  const insertReference = (item: ItemOption) => {
    const element = textarea.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const link = referenceMarkdown(text.slice(start, end).trim() || item.name, item);
    setValue(text.slice(0, start) + link + text.slice(end));
    setInserted(t("linkItemInserted", { name: item.name }));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + link.length, start + link.length);
    });
  };
  const previewReferences = [
    remarkReferences,
    {
      targets: {},
      fallbackNote: () => "",
      unresolvedNote: (url: string) => t("referencePreview", { reference: url.replace(/^item:/i, "") }),
    },
  ] as const;
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      after={
        <>
          <CharacterCount id={id} count={text.length} max={maxLength} />
          {issues.length > 0 && <IssueList id={`${id}-issues`} issues={issues} />}
          <ReferencePicker locale={lang} onPick={insertReference} />
          <p role="status" className="sr-only">
            {inserted}
          </p>
          <button
            type="button"
            className="mt-2 underline"
            aria-expanded={preview}
            aria-controls={`${id}-preview`}
            onClick={() => setPreview(!preview)}
          >
            {preview ? t("hideFormatted") : t("showFormatted")}
          </button>
          {preview && (
            <div
              id={`${id}-preview`}
              lang={lang}
              className="mt-2 max-w-prose space-y-3 rounded border border-slate-300 p-4 dark:border-slate-600 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
            >
              <ReactMarkdown
                remarkPlugins={[previewReferences as never]}
                rehypePlugins={[rehypeSanitize]}
                skipHtml
              >
                {deferred}
              </ReactMarkdown>
            </div>
          )}
        </>
      }
    >
      <textarea
        ref={textarea}
        id={id}
        name={name}
        rows={14}
        lang={lang}
        value={text}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={
          [describedBy(id, { hint, errors, count: true }), issues.length ? `${id}-issues` : null]
            .filter(Boolean)
            .join(" ") || undefined
        }
        className="block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 font-mono text-slate-900 aria-[invalid=true]:border-red-700 dark:bg-slate-900 dark:text-slate-100"
      />
    </Field>
  );
}

function IssueList({ id, issues }: { id: string; issues: MarkdownIssue[] }) {
  const t = useTranslations("Form");
  return (
    <div
      id={id}
      className="mt-2 border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-slate-900 dark:text-amber-100"
    >
      <p className="font-semibold">{t("issuesHeading")}</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue, i) => (
          <li key={i} className="break-words">
            {issue.kind === "html"
              ? t("issueHtml", { excerpt: issue.excerpt })
              : issue.kind === "unsafeLink"
                ? t("issueUnsafeLink", { text: issue.text, url: issue.url })
                : t("issueExternalImage", { alt: issue.alt, url: issue.url })}
          </li>
        ))}
      </ul>
    </div>
  );
}
