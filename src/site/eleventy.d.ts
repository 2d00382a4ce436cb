/**
 * The slice of Eleventy 3's API this project uses. Eleventy ships JSDoc, not
 * type declarations; these are written from its source (src/Eleventy.js,
 * src/UserConfig.js) for version 3.1.
 */
declare module "@11ty/eleventy" {
  export interface EleventyEventArgs {
    directories: { input: string; output: string; includes: string; data: string; layouts?: string };
    outputMode: "fs" | "json" | "ndjson";
    runMode: "build" | "serve" | "watch";
    results?: { inputPath: string; outputPath: string | false; url: string | false; content: string }[];
  }
  export interface UserConfig {
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addGlobalData(name: string, data: unknown): UserConfig;
    addFilter(name: string, fn: (...args: any[]) => unknown): void;
    addPassthroughCopy(spec: string | Record<string, string>): void;
    addWatchTarget(target: string): void;
    setServerOptions(options: Record<string, unknown>): void;
    setServerPassthroughCopyBehavior(behavior: "copy" | "passthrough"): void;
    setWatchThrottleWaitTime(ms: number): void;
    setQuietMode(quiet: boolean): void;
    setTemplateFormats(formats: string | string[]): void;
    setUseGitIgnore(use: boolean): void;
    ignores: { add(glob: string): void };
    on(event: "eleventy.before" | "eleventy.after", fn: (args: EleventyEventArgs) => unknown): void;
    on(event: "eleventy.beforeWatch", fn: (changed: string[]) => unknown): void;
    pathPrefix?: string;
  }
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    config?: (config: UserConfig) => void;
  }
  export interface JsonResult {
    url: string | false;
    inputPath: string;
    outputPath: string | false;
    content: string;
    rawInput?: string;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<[unknown[], JsonResult[]]>;
    toJSON(): Promise<JsonResult[]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    setIsVerbose(verbose: boolean): void;
  }
  export const HtmlBasePlugin: unknown;
}

declare module "@11ty/eleventy-plugin-rss" {
  export const rssPlugin: unknown;
  export const feedPlugin: unknown;
}
