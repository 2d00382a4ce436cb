/**
 * Folding for name lookup: accents, apostrophes (GeoNames writes "Lysychans'k",
 * news writes "Lysychansk"), case, dots and dashes all compare equal.
 */
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘ʼ`´]/g;

export function fold(name: string): string {
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
