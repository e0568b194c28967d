"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { buttonClass } from "@/components/ui/Button";
import type { Reference, ReferenceType } from "@/lib/markdown/references";

export interface ItemOption extends Reference {
  name: string;
  published: boolean;
}

type Search = { state: "idle" } | { state: "done"; items: ItemOption[] } | { state: "failed" };

const DELAY_MS = 200;

/**
 * "Link to an item": a dialog with a combobox that finds an item by name (app/api/admin/items)
 * and hands back a reference to it, never its address. Arrow keys move through the options,
 * Enter picks one, Escape closes; the focus then returns to the text.
 */
export function ReferencePicker({
  locale,
  onPick,
}: {
  /** The language of the text being written: items are named in it. */
  locale?: string;
  onPick: (item: ItemOption) => void;
}) {
  const t = useTranslations("Form");
  const types = useTranslations("ContentType");
  const dialog = useRef<HTMLDialogElement>(null);
  const base = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ state: "idle" });
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const searching = open && query.trim().length >= 2;
  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: query.trim(), ...(locale ? { locale } : {}) });
        const response = await fetch(`/api/admin/items?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const { items } = (await response.json()) as { items: ItemOption[] };
        setSearch({ state: "done", items });
        setActive(items.length ? 0 : -1);
      } catch {
        if (!controller.signal.aborted) setSearch({ state: "failed" });
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [searching, query, locale]);

  // What an earlier, longer query found is not shown once the query is too short to search.
  const shown: Search = searching ? search : { state: "idle" };
  const items = shown.state === "done" ? shown.items : [];
  const optionId = (i: number) => `${base}-option-${i}`;
  const close = () => {
    setOpen(false);
    setQuery("");
    setActive(-1);
  };
  const pick = (item: ItemOption) => {
    close();
    onPick(item);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!items.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + items.length) % items.length);
    } else if (event.key === "Enter") {
      // Never submits the form around the dialog.
      event.preventDefault();
      if (items[active]) pick(items[active]);
    }
  };
  const label = (type: ReferenceType) => types(type);

  return (
    <>
      <button type="button" className="mt-2 mr-4 underline" onClick={() => setOpen(true)}>
        {t("linkItem")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${base}-title`}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
        className="m-auto w-[min(36rem,calc(100vw-1rem))] rounded-lg border-2 border-slate-700 bg-white p-4 text-slate-900 backdrop:bg-slate-950/60 sm:p-6 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={`${base}-title`} className="mb-3 text-xl font-semibold">
          {t("linkItem")}
        </h2>
        <label htmlFor={`${base}-input`} className="mb-1 block font-medium">
          {t("linkItemSearch")}
        </label>
        <p id={`${base}-hint`} className="mb-1 text-sm text-slate-600 dark:text-slate-300">
          {t("linkItemHint")}
        </p>
        {open && (
          <input
            id={`${base}-input`}
            type="text"
            role="combobox"
            autoFocus
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={items.length > 0}
            aria-controls={`${base}-list`}
            aria-activedescendant={active >= 0 && items[active] ? optionId(active) : undefined}
            aria-describedby={`${base}-hint ${base}-status`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            className="block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
          />
        )}
        <p id={`${base}-status`} role="status" className="mt-2 text-sm">
          {shown.state === "done"
            ? t("linkItemResults", { count: items.length })
            : shown.state === "failed"
              ? t("linkItemFailed")
              : ""}
        </p>
        <ul
          id={`${base}-list`}
          role="listbox"
          aria-label={t("linkItemSearch")}
          className="mt-2 max-h-72 overflow-y-auto"
        >
          {items.map((item, i) => (
            <li
              key={`${item.type}/${item.key}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => pick(item)}
              onMouseMove={() => setActive(i)}
              className="cursor-pointer rounded px-2 py-2 break-words aria-selected:bg-slate-200 aria-selected:outline-2 aria-selected:outline-slate-900 dark:aria-selected:bg-slate-700 dark:aria-selected:outline-slate-100"
            >
              <span className="font-medium">{item.name}</span>{" "}
              <span className="text-sm text-slate-700 dark:text-slate-300">
                ({label(item.type)}
                {item.published ? "" : `, ${t("linkItemUnpublished")}`})
              </span>
            </li>
          ))}
        </ul>
        <div className="mt-4">
          <button type="button" onClick={close} className={buttonClass("secondary")}>
            {t("linkItemCancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
