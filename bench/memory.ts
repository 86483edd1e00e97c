import { readdirSync, readFileSync } from "node:fs";

/**
 * Peak resident memory of the server while it is under load: VmRSS of the server process and its
 * descendants, sampled every 100 ms (Linux /proc). VmHWM (the kernel's own high-water mark of the main
 * process, startup included) is reported alongside.
 */
export interface MemorySampler {
  stop: () => MemoryResult;
}

export interface MemoryResult {
  peakRssMb: number | null;
  samples: number;
  hwmMb: number | null;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    try {
      for (const tid of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${tid}/children`, "utf8").trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // Process ended or /proc unavailable.
    }
  }
  return out;
}

function treeRssKb(pid: number): number | null {
  let total = 0;
  let seen = false;
  for (const p of descendants(pid)) {
    const kb = statusKb(p, "VmRSS");
    if (kb !== null) {
      total += kb;
      seen = true;
    }
  }
  return seen ? total : null;
}

export function sampleMemory(pid: number, intervalMs = 100): MemorySampler {
  let peak: number | null = null;
  let samples = 0;
  const tick = () => {
    const kb = treeRssKb(pid);
    if (kb !== null) {
      peak = Math.max(peak ?? 0, kb);
      samples++;
    }
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      const hwm = statusKb(pid, "VmHWM");
      return {
        peakRssMb: peak === null ? null : Math.round(peak / 102.4) / 10,
        samples,
        hwmMb: hwm === null ? null : Math.round(hwm / 102.4) / 10,
      };
    },
  };
}
