// Real accounts and real better-auth sessions for integration tests.
import { randomUUID } from "node:crypto";
import { getAuth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/access";
import { createAccount } from "@/lib/auth/users";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/metadata";

export const PASSWORD = "a-long-test-password";

export async function createUser(role: Role, locales: Locale[] = []) {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db.$transaction((tx) =>
    createAccount(
      tx,
      {
        name: `${role} ${email.slice(0, 12)}`,
        email,
        role,
        locales,
        uiLocale: "en",
        mustChangePassword: false,
      },
      PASSWORD,
    ),
  );
  return user;
}

/** Signs in through better-auth and returns request headers that carry the session cookie. */
export async function sessionHeaders(email: string, password = PASSWORD): Promise<Headers> {
  const response = await getAuth().api.signInEmail({
    body: { email, password },
    headers: new Headers({ origin: siteUrl() }),
    asResponse: true,
  });
  if (!response.ok) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie, origin: siteUrl() });
}

export async function signedIn(role: Role, locales: Locale[] = []) {
  const user = await createUser(role, locales);
  return { user, headers: await sessionHeaders(user.email) };
}

export const anonymous = () => new Headers({ origin: siteUrl() });

export function formRequest(path: string, fields: Record<string, string>, headers: Headers = anonymous()) {
  const h = new Headers(headers);
  h.set("content-type", "application/x-www-form-urlencoded");
  return new Request(`${siteUrl()}${path}`, {
    method: "POST",
    headers: h,
    body: new URLSearchParams(fields).toString(),
  });
}
