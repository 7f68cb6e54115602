/**
 * The gateway's configuration, parsed once from the environment by one zod schema composed of
 * groups (shared/config/*.ts) and the provider table (shared/providers/descriptors.ts).
 * Everything else receives the typed `Config`; nothing else reads `process.env`.
 */
import { existsSync } from 'node:fs';
import type { ProviderDescriptor } from './providers/descriptor';
import { PROVIDER_DESCRIPTORS } from './providers/descriptors';
import { providerSettings, type ProviderSettings } from './config/provider-env';
import { configSchema, type FixedConfig } from './config/schema';

export { BUILT_IN_PROVIDERS, type BuiltInProvider } from './providers/descriptors';
export type { ProviderSettings } from './config/provider-env';

type Row = (typeof PROVIDER_DESCRIPTORS)[number];
type ValuesOf<T> = T extends unknown ? T[keyof T] : never;
/** `OPENAI_API_KEY`, `OPENAI_MODEL`, …: every variable the built-in rows declare. */
export type ProviderVariable = Extract<ValuesOf<Row['env']>, string>;

export type Config = FixedConfig &
  /** The rows' variables as parsed; code reads them through `providers`. */
  Readonly<Partial<Record<ProviderVariable, string>>> & {
    /** One entry per provider row, keyed by its name, in table order. */
    providers: Readonly<Record<string, ProviderSettings>>;
  };

/** Every variable the schema reads, for checks that deployment files name only real settings. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(configSchema().shape);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses an environment; empty strings count as unset so `FOO=` in .env means "use the default".
 * `descriptors` is the provider table; tests pass an extended one to add a provider.
 */
export function parseConfig(env: Record<string, string | undefined>, descriptors: readonly ProviderDescriptor[] = PROVIDER_DESCRIPTORS): Config {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const parsed = configSchema(descriptors).safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const data: FixedConfig & Record<string, unknown> = parsed.data;
  return { ...data, providers: providerSettings(descriptors, data) };
}

/** Reads `.env` (when present) into the process environment, without overriding real variables. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Entry points call this once: a bad value ends the process with one message naming every bad variable. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    loadDotEnv();
    return parseConfig(env);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
