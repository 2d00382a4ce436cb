/**
 * Photo credits, the mark a caption leaves when a scraper pours it into the
 * text: "... Severodonetsk. Source: AAP / TASS/Sipa USA", "(AP Photo/Jane Doe)",
 * "Photo: Reuters", "REUTERS/Gleb Garanich", "AFP via Getty Images".
 *
 * A credit is only believed at the end of a block (or as the whole block) and
 * only when it reads like one: short, capitalised, one clause, no quote marks,
 * no reporting verb. Prose that mentions a photo or a "source" in passing
 * ("He posted a photo: ...", "the main source: oil") never matches.
 */

/** Labels that open a caption: "Pictured: ...", "Main image: ...". */
export const LEAD_LABEL = /^(?:(?:Pictured|Picture|Above|Below|Top|Inset|Main image|Main picture|Caption|Left|Right)\s*:|(?:Image|Media|Video|Photo|Picture)\s+caption\s*[,:])\s+(?=["“‘'\p{Lu}\d])/u;

export interface CreditSplit {
  /** The caption's description, without the credit ("" when the block is only a credit). */
  text: string;
  credit: string;
}

/** Picture agencies and libraries whose names mark a credit by themselves. */
const PICTURE_AGENCIES = [
  "Getty Images", "Getty", "Shutterstock", "Alamy", "PA Media", "PA Wire", "PA Images", "EPA-EFE", "EPA", "Sipa USA", "Sipa",
  "NurPhoto", "Anadolu Agency", "Anadolu", "SOPA Images", "LightRocket", "Bloomberg", "Corbis", "Rex Features", "Rex",
  "AAP", "TASS", "Xinhua", "AFP", "AP", "Reuters", "REUTERS", "dpa", "ANSA", "Kyodo", "Yonhap", "Press Association",
];
const AGENCY = PICTURE_AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/** Labels that introduce a credit; "Source" only after a full stop or alone (prose uses the word). */
const LABEL = String.raw`(?:Photo(?:graph)?s?(?:\s+credit)?|Pictures?|Pic|Images?|Credits?|Illustration|Graphic|Video|Footage|Photography)`;

/** A credit line: short, capitalised, no sentence inside it, no quote marks. */
function readsLikeCredit(credit: string): boolean {
  const c = credit.trim();
  if (!c || c.length > 90) return false;
  // Capitalised, or a brand that starts lower case ("iStock", "dpa").
  if (!/^(?:[\p{Lu}\d@©]|\p{Ll}{1,3}\p{Lu}|dpa\b)/u.test(c)) return false;
  if (/["“”«»]/.test(c)) return false;
  if (/\b(?:said|says|told|added|announced|reported|is|are|was|were|has|have|will|would)\b/.test(c)) return false;
  // "Reuters. The ministry ..." is two sentences, not a credit.
  if (/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(c)) return false;
  return c.split(/\s+/).length <= 12;
}

const TRAILING = [
  // "Image source, Getty Images": the credit line web scrapes leave above a caption
  new RegExp(String.raw`^(?:Image|Picture|Photo|Video)\s+(?:source|credit)\s*[,:]\s*(?<credit>.+?)\s*$`, "u"),
  // "(AP Photo/Jane Doe)", "(Photo: Reuters)", "(Picture by Jane Doe/AFP)", "(AFP via Getty Images)"
  new RegExp(String.raw`\s*\(\s*(?<credit>(?:[\p{L}\- ]*\bPhoto\s*\/[^()]+|${LABEL}\s*(?::|by)\s*[^()]+|[^()]*(?:\bvia\b|\bGetty\b|\bImages\b|(?:${AGENCY})\s*\/)[^()]*))\)\s*$`, "u"),
  // "Source: AAP / TASS/Sipa USA" ending a block (a capital S and a colon: prose says "a source said")
  new RegExp(String.raw`(?:^|\s+)(?:Source|Sources)\s*:\s*(?<credit>[^:]+?)\s*$`, "u"),
  // "Photo: Reuters", "Picture: Jane Doe/AFP", "Photograph: Getty Images", "Photo by Jane Doe/AFP"
  new RegExp(String.raw`(?:^|(?<=[.!?…"”’)]\s+)|\s+)${LABEL}\s*(?::|by\b)\s*(?<credit>[^:]+?)\s*$`, "u"),
  // "REUTERS/Gleb Garanich", "AFP/Getty Images", "EPA-EFE/OLEG PETRASYUK" ending the block
  new RegExp(String.raw`(?:^|(?<=[.!?…"”’)]\s+)|\s+)(?<credit>(?:${AGENCY})(?:\s+Photo)?\s*\/\s*[\p{L}][\p{L}.'’ \-\/]*?)\s*$`, "u"),
  // "AFP via Getty Images", "Getty Images", "Shutterstock" after a full stop or alone
  new RegExp(String.raw`(?:^|(?<=[.!?…"”’)]\s+))(?<credit>(?:[\p{Lu}][\p{L}\-]*\s+){0,3}(?:via\s+)?(?:Getty Images|Shutterstock|Alamy|PA Media|PA Wire|Sipa USA|SOPA Images|NurPhoto|Rex Features))\s*$`, "u"),
  // "... in Irpin AFP via Getty Images": "via Getty Images" needs no full stop before it
  new RegExp(String.raw`\s+(?<credit>(?:[\p{Lu}][\p{L}\-]*\s+)?via\s+Getty Images)\s*$`, "u"),
];

/** A word or mark every credit pattern needs; a cheap test before the expensive ones. */
const CREDIT_HINT = new RegExp(String.raw`Source|source|Photo|Picture|Pic\b|Image|Credit|Illustration|Graphic|Video|Footage|Getty|\/|${AGENCY}`);

/**
 * The credit ending `text`, and the description before it; null when the
 * block carries no credit.
 */
export function splitCredit(text: string): CreditSplit | null {
  const source = text.trim();
  // Most paragraphs carry no credit word near their end: skip the patterns then.
  if (!CREDIT_HINT.test(source.slice(-140))) return null;
  for (const pattern of TRAILING) {
    const match = pattern.exec(source);
    // "Source: AAP." — the full stop closes the line, it is not part of the name ("Jane Doe Jr." keeps its own).
    const credit = match?.groups?.credit?.trim().replace(/(?<!\b(?:\p{Lu}|Jr|Sr|Inc|Ltd|Co))\.$/u, "");
    if (!match || !credit || !readsLikeCredit(credit)) continue;
    const before = source.slice(0, match.index).trim();
    return { text: before, credit };
  }
  return null;
}

/**
 * Whether a description before a credit reads like a caption rather than a
 * paragraph of the story: a few sentences at most, no direct speech.
 */
export function readsLikeCaptionText(text: string): boolean {
  if (!text) return true;
  const words = text.split(/\s+/).length;
  if (words > 70) return false;
  // A quote with its attribution is the story talking, not a picture.
  if (/["“”].{3,}["“”]/.test(text) && /\b(?:said|says|told|added)\b/.test(text)) return false;
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  return sentences <= 3;
}
