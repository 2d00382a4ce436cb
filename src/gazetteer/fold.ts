/**
 * Folding for name lookup: accents, apostrophes (GeoNames writes "Lysychans'k",
 * news writes "Lysychansk"), case, dots and dashes all compare equal.
 */
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘ʼ`´]/g;

const PLAIN = /^[a-z]+(?: [a-z]+)*$/i;
const cache = new Map<string, string>();

export function fold(name: string): string {
  // Most names are plain ASCII words: lower-casing is all they need.
  if (PLAIN.test(name)) return name.toLowerCase();
  let hit = cache.get(name);
  if (hit === undefined) {
    if (cache.size > 50_000) cache.clear();
    hit = slowFold(name);
    cache.set(name, hit);
  }
  return hit;
}

function slowFold(name: string): string {
  return name
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(APOSTROPHES, "")
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/[.]/g, "")
    .replace(/[\s\-‐–]+/g, " ")
    .toLowerCase()
    .trim();
}
