/**
 * Build progress: on a terminal, a bar with articles per second and time
 * left (cli-progress); elsewhere (CI, pipes) one plain line per stage. At the
 * end, a summary: articles, pages, warnings, errors and seconds per stage.
 */
import cliProgress from "cli-progress";

export interface StageTiming {
  stage: string;
  seconds: number;
}

export class BuildProgress {
  private readonly timings: StageTiming[] = [];
  private bar: cliProgress.SingleBar | null = null;
  private stageStart = 0;
  private stageName = "";

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false,
  ) {}

  get interactive(): boolean {
    return !this.quiet && this.out.isTTY === true && !process.env.CI;
  }

  /** Starts a stage; `total` items show a bar on a terminal. */
  start(stage: string, total?: number): void {
    this.stageName = stage;
    this.stageStart = performance.now();
    if (total) this.setTotal(total);
    if (!this.bar && !this.quiet && !this.interactive) this.out.write(`${stage}…\n`);
  }

  /** The item count, once it is known (the first progress report). */
  setTotal(total: number): void {
    if (this.interactive && total > 50 && !this.bar) {
      this.bar = new cliProgress.SingleBar(
        { stream: this.out, format: `${this.stageName.padEnd(10)} [{bar}] {value}/{total} articles | {speed}/s | {eta_formatted} left`, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, 1, { speed: "0" });
    }
  }

  tick(done: number): void {
    if (!this.bar) return;
    const seconds = (performance.now() - this.stageStart) / 1000;
    this.bar.update(done, { speed: seconds > 0 ? (done / seconds).toFixed(0) : "0" });
  }

  end(detail = ""): void {
    const seconds = (performance.now() - this.stageStart) / 1000;
    this.bar?.stop();
    this.bar = null;
    this.timings.push({ stage: this.stageName, seconds });
    if (!this.quiet) this.out.write(`${this.stageName}: done in ${seconds.toFixed(2)} s${detail ? ` (${detail})` : ""}\n`);
  }

  /** Ends the current stage and starts the next (the site build's stages follow one another). */
  next(stage: string): void {
    this.end();
    this.start(stage);
  }

  summary(counts: { articles: number; pages: number; warnings: number; errors: number }): string {
    const stages = this.timings.map((t) => `${t.stage} ${t.seconds.toFixed(2)} s`).join(", ");
    return `${counts.articles} articles, ${counts.pages} pages written, ${counts.warnings} warnings, ${counts.errors} errors; ${stages}`;
  }
}
