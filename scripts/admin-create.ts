// `npm run admin:create -- --email someone@example.be [--password …] [--name "…"]`: creates an
// administrator, or makes an existing user one with a new password. Without --password a random
// one is generated and printed once.
import { parseArgs } from "node:util";
import { MIN_PASSWORD_LENGTH, oneTimePassword } from "../lib/auth/password";
import { upsertAdmin } from "../lib/auth/users";
import { db } from "../lib/db";
import { auditEvent } from "../lib/audit";
import { emailSchema } from "../lib/validation/users";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  });
  if (!values.email) {
    console.error("Usage: npm run admin:create -- --email someone@example.be [--password …] [--name …]");
    process.exit(2);
  }
  const email = emailSchema.safeParse(values.email);
  if (!email.success) {
    console.error(
      `${values.email} is not an address one can sign in with (it needs a domain, e.g. @example.be).`,
    );
    process.exit(2);
  }
  if (values.password && values.password.length < MIN_PASSWORD_LENGTH) {
    console.error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    process.exit(2);
  }
  const password = values.password ?? oneTimePassword();
  const { id, created } = await upsertAdmin(email.data, password, values.name);
  await auditEvent(
    null,
    created ? "user.create" : "user.update",
    { type: "user", id },
    {
      email: email.data,
      role: "admin",
      by: "npm run admin:create",
    },
  );
  console.log(`${created ? "Created" : "Updated"} administrator ${email.data}.`);
  if (!values.password) console.log(`Password (shown once): ${password}`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
