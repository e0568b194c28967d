import "server-only";
import type { Role } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

/** A user as the admin's user pages show it (never a password or a session). */
export interface UserView {
  id: string;
  name: string;
  email: string;
  role: Role;
  locales: Locale[];
  active: boolean;
  /** The token an edit form sends back, so that a change made meanwhile is not overwritten. */
  updatedAt: Date;
}

const view = {
  id: true,
  name: true,
  email: true,
  role: true,
  locales: true,
  active: true,
  updatedAt: true,
} as const;

/** Every user, active ones first, by name. */
export async function readUsers(): Promise<UserView[]> {
  return db.user.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: view });
}

export async function readUser(id: string): Promise<UserView | null> {
  return db.user.findUnique({ where: { id }, select: view });
}
