/**
 * Runs a command and measures its wall time and peak memory (max RSS of the
 * process tree's largest process, from GNU time when it is installed).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface Measurement {
  seconds: number;
  /** Peak resident memory in MB, null when GNU time is not installed. */
  peakMb: number | null;
}

const GNU_TIME = "/usr/bin/time";

export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Measurement {
  const withTime = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const child = withTime
    ? spawnSync(GNU_TIME, ["-f", "__PEAK_KB__ %M", command, ...args], { cwd, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${child.status}):\n${(child.stderr ?? "").slice(-2000)}`);
  }
  const kb = /__PEAK_KB__ (\d+)/.exec(child.stderr ?? "")?.[1];
  return { seconds, peakMb: kb ? Number(kb) / 1024 : null };
}

export interface Stats {
  min: number;
  median: number;
  max: number;
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? NaN, median: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}
