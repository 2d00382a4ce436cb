/**
 * Sources: fixture cases under tests/fixtures/sources/<case>/ (articles
 * written for these tests), run through the whole pipeline since sources
 * read the quotes pass; `UPDATE=1` rewrites expectations. Plus the kind and
 * group rules on their own.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupName, isOfficialRole, kindOf } from "../../src/extract/sources/kind.ts";
import { extractFixtures, runArticle } from "./quotes-harness.ts";

describe("sources", () => {
  extractFixtures("sources", (file) => ({ sources: file.data.sources ?? [] }));

  it("should give one entry per source name", () => {
    const file = runArticle("Anna Kovacs said the talks would resume.\n\n\"We are ready,\" Ms Kovacs said.\n\nKovacs added that the date was open.");
    const names = (file.data.sources ?? []).map((s) => s.name);
    assert.deepEqual(names, ["Anna Kovacs"]);
  });

  it("should tell officials, agencies and organizations apart", () => {
    assert.equal(kindOf("Reuters", "organization", []), "agency");
    assert.equal(kindOf("Russian state news agency", "organization", []), "agency");
    assert.equal(kindOf("Hanna Maliar", "person", ["Deputy Defence Minister"]), "official");
    assert.equal(kindOf("Viacheslav Shulga", "person", ["an employee at a pizzeria"]), "person");
    assert.equal(kindOf("Green Alliance", "person", []), "organization");
    assert.equal(kindOf("Acme Holdings", "organization", []), "organization");
    assert.ok(isOfficialRole("Kremlin spokesman"));
    assert.ok(!isOfficialRole("chief executive"));
  });

  it("should name plural groups and leave lone roles unnamed", () => {
    assert.equal(groupName("Ukrainian officials"), "Ukrainian officials");
    assert.equal(groupName("the analysts"), "analysts");
    assert.equal(groupName("pro-Russian separatists"), "pro-Russian separatists");
    assert.equal(groupName("the local mayor"), null);
    assert.equal(groupName("his aides"), null);
  });
});
