/** Sources: fixture cases under tests/fixtures/sources/<case>/; `UPDATE=1` rewrites expectations. */
import { describe } from "node:test";
import { extractFixtures } from "./quotes-harness.ts";

describe("sources", () => {
  extractFixtures("sources", (file) => ({ sources: file.data.sources ?? [] }));
});
