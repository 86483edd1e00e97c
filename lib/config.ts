import "server-only";
import path from "node:path";
import { z } from "zod";

/**
 * Server configuration, read from the environment once and validated. Every variable is documented in
 * README.md and .env.example; nothing here is ever taken from user input.
 */
const bool = z.enum(["true", "false"]).transform((v) => v === "true");
const optionalUrl = z.url().optional();

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: optionalUrl,
  SIMULATOR: z.enum(["on", "off"]).default("on"),
  ALLOW_PRODUCTION: bool.default(false),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  SIM_DATA_DIR: z.string().min(1).default(".data"),
  /** postgres://… : a real PostgreSQL server instead of the embedded one in SIM_DATA_DIR/pgdata. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  /** A wizard session (its state and key) unused for this long is deleted. */
  SESSION_IDLE_DAYS: z.coerce.number().positive().default(30),
  /** A simulator sandbox unused for this long is deleted with everything in it. */
  SIM_SANDBOX_IDLE_DAYS: z.coerce.number().positive().default(30),
  SIM_REQUEST_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 24 * 3600),
  OUTBOUND_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // Overrides for the real environments' base URLs (for a proxy or a staging copy); defaults are Digdir's,
  // Altinn's and Skatteetaten's published hosts (see lib/environments.ts).
  TEST_MASKINPORTEN_ISSUER: optionalUrl,
  TEST_ALTINN_PLATFORM_URL: optionalUrl,
  TEST_ALTINN_UI_URL: optionalUrl,
  TEST_SELF_SERVICE_URL: optionalUrl,
  TEST_SKATTEETATEN_DOMAIN: z.string().optional(),
  PROD_MASKINPORTEN_ISSUER: optionalUrl,
  PROD_ALTINN_PLATFORM_URL: optionalUrl,
  PROD_ALTINN_UI_URL: optionalUrl,
  PROD_SELF_SERVICE_URL: optionalUrl,
  PROD_SKATTEETATEN_DOMAIN: z.string().optional(),
});

export type ServerConfig = z.infer<typeof schema> & {
  publicUrl: string;
  dataDir: string;
  simulatorOn: boolean;
};

let cached: ServerConfig | undefined;

export function getConfig(): ServerConfig {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid server configuration:\n${lines}`);
  }
  const env = parsed.data;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
  cached = {
    ...env,
    publicUrl,
    dataDir: path.resolve(env.SIM_DATA_DIR),
    simulatorOn: env.SIMULATOR === "on",
  };
  return cached;
}

/** For tests: forget the cached configuration so a changed process.env is read again. */
export function resetConfigForTests(): void {
  cached = undefined;
}
