import { describe } from "node:test";
import { fixtureCases, warnings } from "./layout-harness.ts";

describe("fragments", () => {
  fixtureCases("fragments", (file) => ({ fragments: file.data.fragments, warnings: warnings(file, "fragment", "fragment-start", "fragment-credit", "fragment-link") }));
});
