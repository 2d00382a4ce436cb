/**
 * clippings build | serve | extract | check | bench
 * Each command lives in src/commands/; this file only dispatches.
 */
const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case "extract":
      return (await import("./commands/extract.ts")).extractCommand(args);
    case "check":
      return (await import("./commands/check.ts")).checkCommand(args);
    case "build":
      return (await import("./commands/build.ts")).buildCommand(args);
    case "serve":
      return (await import("./commands/serve.ts")).serveCommand(args);
    case "bench":
      return (await import("./commands/bench.ts")).benchCommand(args);
    default:
      process.stderr.write("usage: clippings build|serve|extract|check|bench [options]\n");
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`clippings: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
