import { afterAll, describe, expect, it } from "vitest";
import { POST as signIn } from "@/app/api/auth/sign-in/route";
import { POST as signOut } from "@/app/api/auth/sign-out/route";
import { runAction } from "@/lib/actions/pipeline";
import { setUserActive } from "@/lib/actions/users";
import { actorFromHeaders } from "@/lib/auth/session";
import {
  FIRST_ADMIN_EMAIL,
  InvalidEmailError,
  renameUnusableFirstAdmin,
  UNUSABLE_FIRST_ADMIN_EMAIL,
  upsertAdmin,
} from "@/lib/auth/users";
import { db } from "@/lib/db";
import { anonymous, createUser, formRequest, PASSWORD, signedIn } from "../helpers/auth";

afterAll(() => db.$disconnect());

describe("passwords", () => {
  it("are stored as argon2id hashes, never in clear", async () => {
    const user = await createUser("editor");
    const account = await db.account.findFirstOrThrow({
      where: { userId: user.id, providerId: "credential" },
    });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$/);
    expect(account.password).not.toContain(PASSWORD);
  });
});

describe("sign-in route", () => {
  it("signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const user = await createUser("translator", ["fr"]);
    const response = await signIn(
      formRequest("/api/auth/sign-in", { email: user.email, password: PASSWORD, next: "/admin/users" }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/users");
    const cookie = response.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in", actorId: user.id } })).toBe(1);
  });

  it("answers a wrong password and an unknown account the same way", async () => {
    const user = await createUser("editor");
    const wrong = await signIn(
      formRequest("/api/auth/sign-in", { email: user.email, password: "not-the-password" }),
    );
    const unknown = await signIn(
      formRequest("/api/auth/sign-in", { email: "nobody@example.test", password: "not-the-password" }),
    );
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get("location")).toBe(
      `/admin/sign-in?error=invalid&email=${encodeURIComponent(user.email)}`,
    );
    expect(unknown.headers.get("location")).toBe("/admin/sign-in?error=invalid&email=nobody%40example.test");
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(
      await db.auditLog.count({
        where: { action: "auth.sign_in_failed", detail: { equals: { email: user.email } } },
      }),
    ).toBe(1);
  });

  it("refuses a request from another origin", async () => {
    const user = await createUser("editor");
    const response = await signIn(
      formRequest(
        "/api/auth/sign-in",
        { email: user.email, password: PASSWORD },
        new Headers({ origin: "https://evil.example" }),
      ),
    );
    expect(response.status).toBe(403);
  });

  it("never redirects outside the admin", async () => {
    const user = await createUser("editor");
    const response = await signIn(
      formRequest("/api/auth/sign-in", {
        email: user.email,
        password: PASSWORD,
        next: "//evil.example/admin",
      }),
    );
    expect(response.headers.get("location")).toBe("/admin");
  });

  it("limits tries per account: the sixth in a minute gets 429 with Retry-After and a translated message", async () => {
    const user = await createUser("editor");
    for (let i = 0; i < 5; i++) {
      const response = await signIn(
        formRequest("/api/auth/sign-in", { email: user.email, password: `wrong-${i}` }),
      );
      expect(response.status).toBe(303);
    }
    const headers = anonymous();
    headers.set("accept-language", "fr-BE,fr");
    const limited = await signIn(
      formRequest("/api/auth/sign-in", { email: user.email, password: PASSWORD }, headers),
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Trop de tentatives");
  });
});

describe("sessions", () => {
  it("sign-out ends the session on the server", async () => {
    const { user, headers } = await signedIn("editor");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const response = await signOut(
      new Request("http://localhost/api/auth/sign-out", { method: "POST", headers }),
    );
    expect(response.status).toBe(303);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorFromHeaders(headers)).toBeNull();
  });

  it("a deactivated user is thrown out at once", async () => {
    const admin = await signedIn("admin");
    const { user, headers } = await signedIn("translator", ["nl"]);
    expect((await actorFromHeaders(headers))?.id).toBe(user.id);
    const result = await runAction(
      setUserActive,
      { id: user.id, active: "false", confirm: "yes" },
      admin.headers,
    );
    expect(result.ok).toBe(true);
    expect(await actorFromHeaders(headers)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const again = await signIn(formRequest("/api/auth/sign-in", { email: user.email, password: PASSWORD }));
    expect(again.headers.get("location")).toMatch(/error=invalid/);
  });
});

describe("the first administrator", () => {
  it("that `npm start` creates on an empty database can sign in", async () => {
    await db.user.deleteMany({ where: { email: FIRST_ADMIN_EMAIL } });
    await upsertAdmin(FIRST_ADMIN_EMAIL, PASSWORD);
    const response = await signIn(
      formRequest("/api/auth/sign-in", { email: FIRST_ADMIN_EMAIL, password: PASSWORD }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin");
  });

  it("is never made with an address the sign-in refuses", async () => {
    await expect(upsertAdmin(UNUSABLE_FIRST_ADMIN_EMAIL, PASSWORD)).rejects.toThrow(InvalidEmailError);
    const refused = await signIn(
      formRequest("/api/auth/sign-in", { email: UNUSABLE_FIRST_ADMIN_EMAIL, password: PASSWORD }),
    );
    expect(refused.headers.get("location")).toMatch(/error=invalid/);
    expect(await db.user.count({ where: { email: UNUSABLE_FIRST_ADMIN_EMAIL } })).toBe(0);
  });

  it("made by an earlier version as admin@localhost gets an address it can sign in with", async () => {
    await db.user.deleteMany({ where: { email: { in: [FIRST_ADMIN_EMAIL, UNUSABLE_FIRST_ADMIN_EMAIL] } } });
    const old = await createUser("admin");
    await db.user.update({ where: { id: old.id }, data: { email: UNUSABLE_FIRST_ADMIN_EMAIL } });
    expect(await renameUnusableFirstAdmin()).toBe(FIRST_ADMIN_EMAIL);
    const response = await signIn(
      formRequest("/api/auth/sign-in", { email: FIRST_ADMIN_EMAIL, password: PASSWORD }),
    );
    expect(response.headers.get("location")).toBe("/admin");
    expect(await renameUnusableFirstAdmin()).toBeNull();
  });
});
