/**
 * `serve [--articles DIR] [--out DIR] [--port N] [--path-prefix P]`: build,
 * then serve with live reload. Templates, public/ and articles are watched by
 * Eleventy (articles through addWatchTarget, re-read on each rebuild). Our
 * TypeScript is not: Eleventy's dev server keeps stale modules after a change
 * (DESIGN.md, known traps), so this process supervises a child server and
 * restarts it when src/, .eleventy.ts or the site settings change.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "../archive/build-archive.ts";
import { formatReport } from "../archive/report.ts";
import { DEFAULT_CACHE_DIR, ExtractionCache } from "../archive/cache.ts";
import { configureSite, siteData } from "../site/context.ts";
import { createEleventy, indexSite } from "../site/eleventy-run.ts";

const CHILD_FLAG = "--serve-child";
const CODE_PATHS = ["src", ".eleventy.ts", "site.config.json"];

export async function serveCommand(args: string[]): Promise<number> {
  if (args.includes(CHILD_FLAG)) return serveChild(args.filter((a) => a !== CHILD_FLAG));
  let child: ChildProcess | null = null;
  const start = () => {
    child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, "serve", CHILD_FLAG, ...args], { stdio: ["inherit", "inherit", "inherit", "ipc"] });
  };
  let timer: NodeJS.Timeout | undefined;
  const restart = (file: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      process.stderr.write(`clippings serve: ${file} changed; restarting the server\n`);
      const old = child;
      if (old && old.exitCode === null) {
        old.once("exit", start);
        old.kill("SIGTERM");
      } else start();
    }, 200);
  };
  for (const p of CODE_PATHS) {
    try {
      watch(p, { recursive: true }, (_event, name) => restart(name ? path.join(p, name) : p));
    } catch {
      // A missing path (no site.config.json yet) is simply not watched.
    }
  }
  start();
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  (child as ChildProcess | null)?.kill("SIGTERM");
  process.exit(0);
}

async function serveChild(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: "string", default: "articles" },
      out: { type: "string", default: "_site" },
      port: { type: "string", default: "8080" },
      "path-prefix": { type: "string" },
    },
  });
  const articlesDir = path.resolve(values.articles);
  const outDir = path.resolve(values.out);
  // The extraction cache makes a rebuild after an article edit re-extract only that article.
  const archiveOptions = { cache: new ExtractionCache(DEFAULT_CACHE_DIR) };
  configureSite({ archiveOptions });
  const archive = await buildArchive(articlesDir, archiveOptions);
  process.stderr.write(formatReport(archive, { baseDir: path.relative(process.cwd(), articlesDir) || "." }));
  const eleventy = createEleventy({ articlesDir, outDir, pathPrefix: values["path-prefix"], archive, quiet: false }, "serve");
  await eleventy.init();
  await eleventy.watch();
  // Search needs an index; it is built once per start (a rebuild keeps the last one).
  await indexSite(outDir, (await siteData()).articles).catch((e: unknown) => process.stderr.write(`Search index not built: ${(e as Error).message}\n`));
  await eleventy.serve(Number(values.port));
  // Stop with the supervisor, however it ends (the IPC channel closes with it).
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", () => resolve());
    process.once("disconnect", () => resolve());
  });
  await eleventy.stopWatch();
  process.exit(0);
}
