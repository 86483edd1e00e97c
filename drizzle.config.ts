import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes a new versioned migration into lib/db/migrations after a change to lib/db/schema.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./lib/db/migrations",
});
