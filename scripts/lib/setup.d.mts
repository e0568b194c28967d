export function prepareScript(adminEmail: string): void;
export function applyMigrationFiles(url: string): Promise<void>;
export function migrationNames(): string[];
export function freePort(): Promise<number>;
