// Removes the previous run's test reports, so the closing "N passed, N failed" counts this run only.
import { rmSync } from "node:fs";
rmSync("reports", { recursive: true, force: true });
