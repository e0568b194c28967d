// The Prisma CLI skips .env when this file exists, so load it here (docs/platform.md).
try {
  process.loadEnvFile(".env");
} catch {}
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:54329/postgres";

import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { parse } from "pg-connection-string";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    // parse() rather than connectionString: the adapter spreads this config to make its shadow
    // database, and a connectionString would override the new database name.
    const { database, host, port, user, password } = parse(process.env.DATABASE_URL!);
    return new PrismaPg({
      database: database!,
      host: host!,
      port: Number(port ?? 5432),
      user,
      password,
      idleTimeoutMillis: 1,
    });
  },
});
