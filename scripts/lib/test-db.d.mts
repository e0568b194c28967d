export interface TestDatabase {
  url: string;
  kind: "postgresql" | "pglite";
  drop(): Promise<void>;
}
export function createTestDatabase(label: string, options?: { seeded?: boolean }): Promise<TestDatabase>;
