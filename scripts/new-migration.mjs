#!/usr/bin/env node
// `npm run db:new-migration -- <name>`: writes the SQL that takes the schema of the last commit to
// the current prisma/schema.prisma. `prisma migrate dev` is broken with the offline engine
// (docs/platform.md), so the diff is made between the two schema files.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(2);
}
const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "previous.prisma");
fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma/migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
execFileSync(
  process.execPath,
  [
    "node_modules/prisma/build/index.js",
    "migrate",
    "diff",
    "--from-schema-datamodel",
    previous,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
    "-o",
    path.join(dir, "migration.sql"),
  ],
  { stdio: "inherit" },
);
console.log(`Wrote ${dir}/migration.sql: review it, then npm run db:migrate`);
