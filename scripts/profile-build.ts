/**
 * `npx tsx scripts/profile-build.ts FILE.cpuprofile [N]`: the N (default 40)
 * functions with the most self time and the most inclusive time in a V8 CPU
 * profile, e.g. of a build:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx src/cli.ts build --articles DIR --out OUT --quiet
 *   npx tsx scripts/profile-build.ts /tmp/prof/CPU.*.cpuprofile
 *
 * Functions are named `name file:line:column` (tsx compiles each module to
 * one line, so the column tells anonymous functions apart). Inclusive time
 * counts a function once per sample even when it recurses.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: npx tsx scripts/profile-build.ts FILE.cpuprofile [N]\n");
  process.exit(2);
}
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const name = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/.*node_modules\//, "~/").replace(/^file:\/\/.*?\/(src|scripts|templates)\//, "$1/");
  return `${n.callFrame.functionName || "(anonymous)"} ${url}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber}`;
};

// Microseconds per node from the samples, then per function name.
const perNode = new Map<number, number>();
profile.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
for (const [id, time] of perNode) {
  total += time;
  const key = name(byId.get(id)!);
  self.set(key, (self.get(key) ?? 0) + time);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const k = name(byId.get(at)!);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + time);
  }
}

const print = (title: string, times: Map<string, number>) => {
  process.stdout.write(`--- ${title}\n`);
  for (const [k, t] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${(t / 1e6).toFixed(2).padStart(8)} s  ${k}\n`);
};
process.stdout.write(`total ${(total / 1e6).toFixed(2)} s\n`);
print("self", self);
print("inclusive", inclusive);
