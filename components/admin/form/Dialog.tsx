"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/Button";

/**
 * A modal question (the native <dialog>: focus stays inside, Escape cancels). The safe answer
 * has the focus first, so Enter never confirms a destructive action by accident.
 */
export function Dialog({
  open,
  title,
  confirm,
  cancel,
  danger,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  confirm: string;
  cancel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border-2 border-slate-700 bg-white p-6 text-slate-900 backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      <div className="mb-5 space-y-2">{children}</div>
      <div className="flex flex-wrap gap-3">
        <button type="button" autoFocus onClick={onCancel} className={buttonClass("secondary")}>
          {cancel}
        </button>
        <button type="button" onClick={onConfirm} className={buttonClass(danger ? "danger" : "primary")}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
