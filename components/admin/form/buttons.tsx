"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/Button";
import { useForm } from "./ActionForm";
import { Dialog } from "./Dialog";

type Variant = "primary" | "secondary" | "danger";

/**
 * Sends the form. While the form is being sent every button says so and a second press does
 * nothing (the form ignores it); the buttons stay focusable, so the focus is not lost.
 */
export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: Variant;
}) {
  const t = useTranslations("Form");
  const { pending, pendingIntent } = useForm();
  const mine = pending && pendingIntent === (value ?? "");
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending || undefined}
      className={`${buttonClass(variant)} aria-disabled:cursor-wait aria-disabled:opacity-70`}
    >
      {mine ? t("sending") : children}
    </button>
  );
}

/**
 * A destructive submit that asks first. With JavaScript a dialog says what will happen and the
 * form is sent with `confirm=yes` only when the editor confirms. Without JavaScript the form is
 * sent without it, the server asks for the confirmation box, and the form shows it.
 */
export function ConfirmSubmit({
  children,
  title,
  question,
  confirm,
}: {
  children: ReactNode;
  title: string;
  question: ReactNode;
  confirm: string;
}) {
  const t = useTranslations("Form");
  const { pending, errorsOf, formId } = useForm();
  const [open, setOpen] = useState(false);
  const sendRef = useRef<HTMLButtonElement>(null);
  const asked = errorsOf("confirm").length > 0;
  return (
    <>
      {asked && (
        <label className="flex items-center gap-2 font-medium" htmlFor={`${formId}-confirm`}>
          <input id={`${formId}-confirm`} type="checkbox" name="confirm" value="yes" className="h-5 w-5" />
          {title}
        </label>
      )}
      <button
        type="submit"
        aria-disabled={pending || undefined}
        onClick={(event) => {
          if (asked) return;
          event.preventDefault();
          setOpen(true);
        }}
        className={`${buttonClass("danger")} aria-disabled:cursor-wait aria-disabled:opacity-70`}
      >
        {pending ? t("sending") : children}
      </button>
      <button ref={sendRef} type="submit" name="confirm" value="yes" hidden tabIndex={-1} />
      <Dialog
        open={open}
        title={title}
        confirm={confirm}
        cancel={t("cancel")}
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          sendRef.current?.form?.requestSubmit(sendRef.current);
        }}
      >
        {question}
      </Dialog>
    </>
  );
}
