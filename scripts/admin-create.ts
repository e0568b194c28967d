// `npm run admin:create -- --email someone@example.be [--password …] [--name "…"]`: creates an
// administrator, or makes an existing user one with a new password. Without --password a random
// one is generated and printed once.
import { parseArgs } from "node:util";
import { MIN_PASSWORD_LENGTH, oneTimePassword } from "../lib/auth/password";
import { upsertAdmin } from "../lib/auth/users";
import { db } from "../lib/db";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  });
  if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email)) {
    console.error("Usage: npm run admin:create -- --email someone@example.be [--password …] [--name …]");
    process.exit(2);
  }
  if (values.password && values.password.length < MIN_PASSWORD_LENGTH) {
    console.error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    process.exit(2);
  }
  const password = values.password ?? oneTimePassword();
  const { created } = await upsertAdmin(values.email, password, values.name);
  console.log(`${created ? "Created" : "Updated"} administrator ${values.email.toLowerCase()}.`);
  if (!values.password) console.log(`Password (shown once): ${password}`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
