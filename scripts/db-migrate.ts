// Applies the database migrations (lib/db/migrations) to DATABASE_URL, or to the embedded database in
// SIM_DATA_DIR/pgdata when it is unset. The app also applies them when it starts; this is for deployments
// that migrate before rolling out new instances. Usage: npm run db:migrate
import path from "node:path";
import { openDb } from "../lib/db/client";

const url = process.env.DATABASE_URL;
const dataDir = path.resolve(process.env.SIM_DATA_DIR ?? ".data", "pgdata");
const handle = await openDb(url ? { url } : { dataDir });
await handle.close();
console.log(`migrations applied to ${url ? "DATABASE_URL" : dataDir}`);
