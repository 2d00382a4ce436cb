/**
 * Capitalised name chunks in a paragraph, with the words around them: the
 * raw candidates every later step classifies. Linear in the text, no NLP model.
 */
import { factsOf } from "./facts.ts";
import { DEMONYMS, FOR_HEADS, FUNCTION_WORDS, NUMBER_WORD, OF_HEADS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon.ts";

export interface Mention {
  /** Name tokens, possessive "'s" removed. */
  tokens: string[];
  /** Block index and character offset of the first token in the block text. */
  block: number;
  at: number;
  /** The first token opens a sentence, so its capital says nothing. */
  sentenceStart: boolean;
  possessive: boolean;
  /** Up to three lower-cased words before, and two after, the chunk. */
  before: string[];
  after: string[];
  /** Punctuation (trimmed) between the chunk and the previous/next word. */
  gapBefore: string;
  gapAfter: string;
  /*
   * Set by the caller, false until then (every mention has one shape, which
   * keeps property reads in classify fast): the previous name in a list was a
   * place ("Lyman, Bakhmut and Avdiivka"), an organization ("Myrio and C-Cor")
   * or a person ("Jayne Torvill and Christopher Dean"); the name follows a
   * person's with "of", "from" or "at" ("Mike Powell of X"); the article is
   * about sport, where club names are clubs.
   */
  listedAfterPlace: boolean;
  /** The last name of a comma list of places ("Hong Kong, Tokyo and Pusan"). */
  endsPlaceList: boolean;
  listedAfterOrg: boolean;
  listedAfterPerson: boolean;
  ofPerson: boolean;
  sport: boolean;
  /** The article is about music (a band, an album, a gig): set by the caller like `sport`. */
  music: boolean;
  /** "the" stands right before the name, in the chunk or just outside it ("The Phantom Menace", "the Hang Seng"). */
  article: boolean;
  /** Characters from the end of the previous chunk in the block, for list detection. */
  sincePrevious: string;
  /** "The" with a capital inside a sentence opens the chunk: a title's ("Alan Bennett's The History Boys"). */
  capitalThe: boolean;
  /** The name is the subject of a verb that "its" follows ("Yahoo has tweaked its", "Gazprom and its lenders"): a body, not a person. */
  itsAfter: boolean;
  /** The name is the subject of a verb that "his" or "her" follows ("Safin raised his game"): a person, not a body. */
  personAfter: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-.&]*|(?<=\s)&(?=\s)/gu;
const CONNECTORS = new Set(["of", "the", "de", "da", "di", "du", "des", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "y", "&", "and"]);
const ABBREVIATION = /^(?:\p{L}\.)+$/u;

/** Unicode-class patterns, built once: a literal inside a function is compiled on every call once transpiled. */
const CAPITAL_START = /^[\p{Lu}\p{Lt}]/u;
const PARTICLE_CAPITAL = /^\p{Ll}{1,2}-\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LETTER = /\p{L}/u;

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
}

const TRAILING = /[-'’&]$/;
const LOWER_CAMEL = /^[a-z][A-Z][a-z]/;
/** "latinohiphopradio.com", "Amazon.com", "Plus.net": a website's address names it, capital or not. */
export const WEB_ADDRESS = /^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]\.(?:com|net|org|co\.uk|org\.uk|tv|fm|info|biz)$/;

/** Capitalised, or a lower-case particle before a capital ("al-Assad"); ASCII letters answered without a regex, as most words are. */
function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  // "I'd", "I'm": the pronoun, never part of a name ("Like Kevin I'd like ...").
  if (c === 73 && /^I['’]/.test(t)) return false;
  if (c >= 65 && c <= 90) return true;
  // "eBay", "eDonkey", "iTunes": a lower-case letter before a capital opens a brand's name.
  if (c >= 97 && c <= 122 && t[1] !== "-" && t[2] !== "-") return LOWER_CAMEL.test(t);
  return CAPITAL_START.test(t) || PARTICLE_CAPITAL.test(t);
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    // A trailing full stop ends the sentence unless the token is an abbreviation ("U.S.").
    if (t.endsWith(".") && !ABBREVIATION.test(t)) t = t.replace(/\.+$/, "");
    // "Blair&#191;s": a scraped HTML entity leaves "&" glued to the name.
    // A lone "&" stays: it joins "Johnson & Johnson" as a connector.
    if (TRAILING.test(t) && t !== "&") t = t.replace(/[-'’&]+$/, "");
    if (!t) continue;
    const start = m.index ?? 0;
    out.push({ text: t, start, end: start + t.length, cap: isCap(t) || (t.includes(".") && WEB_ADDRESS.test(t)) });
  }
  return out;
}

/**
 * Where a chunk joined over "and" at tokens[and] ends, or `and` when the
 * "and" separates two names. It joins a body's name: the words before it are
 * one or two plain English words (a leading country aside) and the words after
 * end with a body's head word ("Economic and Social Research Council", "US
 * Securities and Exchange Commission"); or one plain word follows it and ends
 * the name of an "X of Y" body or of a known organization's unit ("Department
 * of Trade and Industry", "BBC Research and Development"). Lists of names
 * ("Britain and France", "the Treasury and the Bank of England") stay apart.
 */
function andJoins(text: string, tokens: Token[], start: number, and: number): number {
  let end = and + 1;
  while (end < tokens.length && tokens[end]?.cap && /^[ \t]+$/.test(text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start))) end++;
  const after = tokens.slice(and + 1, end).map((t) => t.text);
  let before = tokens.slice(start, and).map((t) => t.text);
  if (before.some((t) => /['’]s$/.test(t)) || after.some((t) => /['’]s$/.test(t) && t !== after.at(-1))) return and;
  const lastAfter = (after.at(-1) as string).replace(/['’]s$/, "").toLowerCase();
  const isCommon = plainWord;
  // "The Times", "AZ Services": a name of its own after the "and".
  if (after[0] === "The" || ALL_CAPITALS.test(after[0] as string)) return and;
  // "British Academy of Film and Television Arts": what follows "of" is the part joined.
  const of = before.findIndex((t) => t === "of" || t === "for");
  if (of > 0 && (OF_HEADS.has((before[of - 1] as string).toLowerCase()) || FOR_HEADS.has((before[of - 1] as string).toLowerCase())) && ORG_HEADS.has(lastAfter) && after.length <= 3 && before.length - of - 1 <= 2 && before.slice(of + 1).every(plainWord)) return end;
  if (ORG_HEADS.has(lastAfter) && after.length <= 4) {
    while (before.length > 1 && (DEMONYMS.has((before[0] as string).toLowerCase()) || FUNCTION_WORDS.has((before[0] as string).toLowerCase()) || factsOf(before[0] as string).place?.kind === "country")) before = before.slice(1);
    if (before.length <= 2 && before.every(isCommon) && (before.length === 1 || !ORG_HEADS.has((before.at(-1) as string).toLowerCase()))) return end;
    return and;
  }
  if (after.length !== 1 || !isCommon(after[0] as string) || ORG_HEADS.has(lastAfter)) return and;
  if (of > 0 && (OF_HEADS.has((before[of - 1] as string).toLowerCase()) || FOR_HEADS.has((before[of - 1] as string).toLowerCase()))) return end;
  const owner = factsOf(before[0] as string);
  return before.length > 1 && (owner.aliasOrg || owner.knownOrg || owner.body) ? end : and;
}

const ENGLISH_ENDING = /(?:ic|ics|al|ion|ions|ment|ments|ity|ities|ure|ing|ence|ance|ism|ness|ship|ive|ary|ory|ies)$/;
/** A capitalised English word that names nothing by itself: no given name, surname, body, role or sizeable place ("Economic", "Trade"). */
export function plainWord(t: string): boolean {
  const lower = t.toLowerCase();
  if (!CAPITALISED_WORD.test(t) || TITLE_HEADS.has(lower)) return false;
  const f = factsOf(t);
  if (!f.common && !TITLE_MODIFIERS.has(lower) && !ORG_HEADS.has(lower) && !ENGLISH_ENDING.test(lower)) return false;
  // Events are names of their own ("Olympics and Spooks Interactive" are two).
  if (/^(?:olympics|paralympics|games|championships)$/.test(lower)) return false;
  if (f.given || f.surname || f.knownOrg || f.aliasOrg || f.body || f.club) return false;
  const place = f.place;
  return !place || (place.kind === "city" && place.population < 100_000);
}

/** Named entities scraped pages leave behind; numeric ones are decoded by number. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“",
  ndash: "–", mdash: "—", hellip: "…", eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", aacute: "á", agrave: "à",
  acirc: "â", auml: "ä", atilde: "ã", aring: "å", iacute: "í", igrave: "ì", iuml: "ï", oacute: "ó", ograve: "ò",
  ocirc: "ô", ouml: "ö", otilde: "õ", oslash: "ø", uacute: "ú", ugrave: "ù", ucirc: "û", uuml: "ü", ntilde: "ñ",
  ccedil: "ç", szlig: "ß", Eacute: "É", Aacute: "Á", Oacute: "Ó", Uuml: "Ü", Ouml: "Ö", Auml: "Ä", Ccedil: "Ç",
};
const ENTITY = /&(?:#(\d{1,6})|#[xX]([\da-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

/**
 * "Jos&#233; Manuel Barroso", "AT&amp;T": HTML entities a scraper left in the
 * text, decoded so names read as written. "&#191;" (¿) between letters is a
 * mis-encoded apostrophe ("Blair&#191;s"). Unknown entities stay as they are.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, at: number) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex as string, 16);
    if (code === 191 && LETTER.test(text[at - 1] ?? "") && LETTER.test(text[at + whole.length] ?? "")) return "’";
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const DIGITS = /^\d{1,4}$/;
const PLURAL_POSSESSIVE_GAP = /^['’][ \t]+$/;
const POSSESSED_HEADS = new Set(["circle", "guild"]);
const PLURAL_NOUN_POSSESSIVE = /^(?:Men|Women|Children|People)['’]s$/;
/** People by their calling, in the plural: "Bankers", "Critics", "Players", "Magistrates", "Journalists" (not "Systems", "Dems", "Angeles"). */
const PEOPLE_PLURAL = /^[A-Z][a-z]+(?:ers|ors|ists|ics|ians|ates|ants|ents)$/;
/** The capitalised words from tokens[from] on (up to three) end with a body's head word: "Association", "Union", "Court", "Circle". */
function headFollows(text: string, tokens: Token[], from: number): boolean {
  let last = from;
  while (last + 1 < tokens.length && last < from + 2 && (tokens[last + 1] as Token).cap && SPACES.test(text.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start))) last++;
  const word = (tokens[last] as Token).text.toLowerCase();
  return ORG_HEADS.has(word) || POSSESSED_HEADS.has(word);
}
const NUMBERED_HEADS = new Set(["channel", "radio"]);
function numberedName(word: string, number: string): boolean {
  if (NUMBERED_HEADS.has(word.toLowerCase())) return true;
  const f = factsOf(`${word} ${number}`);
  return f.body || f.knownOrg || f.aliasOrg;
}

/** Heads of features and buildings a number may open the name of. */
const NUMBERED_HEADS_LAST = new Set(["dam", "hotel", "hotels", "bridge", "towers", "rivers", "lakes", "islands", "counties", "nations"]);
function numberedName3(names: string[]): boolean {
  if (names.length < 3) return false;
  const last = (names[names.length - 1] as string).toLowerCase();
  return NUMBERED_HEADS_LAST.has(last) || ORG_HEADS.has(last);
}

const SENTENCE_END = /[.!?:;"“”‘(\[—–]\s*$|^\s*$/;

export function findMentions(text: string, block: number): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  let i = 0;
  let prevEnd = -1;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!first.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    // Grow the chunk over capitalised tokens joined by spaces only, and over
    // name connectors ("Bank of England", "Osama bin Laden") between capitals.
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const tok = tokens[j] as Token;
      const gap = text.slice(prev.end, tok.start);
      // "British Bankers' Association", "London Critics' Circle": a plural possessive inside a body's name.
      // (Only before a body's head word: "Wesley Snipes' Blade", "Sky News' Sunday" are whose things.)
      if (tok.cap && PLURAL_POSSESSIVE_GAP.test(gap) && PEOPLE_PLURAL.test(prev.text) && headFollows(text, tokens, j)) {
        tokens[j - 1] = { ...prev, text: `${prev.text}${gap[0]}`, end: prev.end + 1 };
        j++;
        continue;
      }
      // "Black Gay Men's Advisory Group", "Women's Institute", "People's Party": a plural's possessive inside a body's name.
      if (/^[ \t]+$/.test(gap) && tok.cap && PLURAL_NOUN_POSSESSIVE.test(prev.text) && headFollows(text, tokens, j)) {
        j++;
        continue;
      }
      if (!/^[ \t]+$/.test(gap) || /['’]s$/.test(prev.text)) break;
      if (tok.cap) {
        j++;
        continue;
      }
      // "The Mail on Sunday", "Independent on Sunday": a paper's Sunday title, when the lexicon knows it.
      if (tok.text === "on" && tokens[j + 1]?.text === "Sunday" && factsOf(`${text.slice(first.start, tok.start)}on Sunday`).body) {
        j += 2;
        continue;
      }
      // "Channel 4", "BBC Radio 4", "Motel 6": a number that ends a broadcaster's or a known body's name.
      if (DIGITS.test(tok.text) && numberedName(prev.text, tok.text)) {
        j++;
        continue;
      }
      const lower = tok.text.toLowerCase();
      const next = tokens[j + 1];
      const next2 = tokens[j + 2];
      const joins = CONNECTORS.has(lower) && (lower !== "of" || OF_HEADS.has(prev.text.toLowerCase())) && (lower !== "and" || false);
      if (joins && next?.cap && /^[ \t]+$/.test(text.slice(tok.end, next.start))) {
        j += 2;
        continue;
      }
      // "Economic and Social Research Council", "BBC Research and Development": "and" inside a body's name.
      if (lower === "and" && next?.cap && /^[ \t]+$/.test(text.slice(tok.end, next.start))) {
        const end = andJoins(text, tokens, i, j);
        if (end > j) {
          j = end;
          continue;
        }
      }
      // "Department for Education and Skills", "Commission for Africa": "for" after a body's head word.
      if (lower === "for" && FOR_HEADS.has(prev.text.toLowerCase()) && next?.cap && /^[ \t]+$/.test(text.slice(tok.end, next.start))) {
        j += 2;
        if (tokens[j]?.text === "and" && tokens[j + 1]?.cap && /^[ \t]+$/.test(text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))) j += 2;
        continue;
      }
      // "of the": "International Committee of the Red Cross"; "for the": "Office for the Deputy Prime Minister".
      if (((lower === "of" && OF_HEADS.has(prev.text.toLowerCase())) || (lower === "for" && FOR_HEADS.has(prev.text.toLowerCase()))) && next?.text === "the" && next2?.cap) {
        j += 3;
        continue;
      }
      break;
    }
    const chunk = tokens.slice(i, j);
    const startsSentence = SENTENCE_END.test(text.slice(Math.max(0, first.start - 3), first.start));
    push(mentions, text, tokens, i, chunk, block, startsSentence, prevEnd);
    prevEnd = (chunk[chunk.length - 1] as Token).end;
    i = j;
  }
  return mentions;
}

/** Words between a name and "its" that keep the name the subject: verbs and adverbs, not a speech verb ("Smith said its ...") nor a preposition. */
const NOT_BEFORE_ITS = new Set("said says say told tells tell added adds claimed claims argued argues insisted insists wrote writes believes believed thinks thought gave give gives given giving offered offers handed hand grant granted to of in for on with by from at the a an about that than as into onto over under after before against between during like via but or nor so yet while when where whereas because although though if since until unless call calls called describes described names named considers considered terms termed dubs dubbed".split(" "));

/**
 * "Gazprom and its lenders", "Yahoo has tweaked its technology", "Energis also did its own":
 * "its" within three words of the name, in the same clause, with only verbs and adverbs between.
 */
const SPACES = /^[ \t]+$/;
const ASIDE = /^ \([^()]{1,30}\)/;
const LOWER_WORD = /^[a-z]+$/;
function pronounAfter(all: Token[], next: number, text: string, end: number): string | undefined {
  let at = end;
  // "Cellnet (now O2) launched its service": a short aside in brackets is stepped over.
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40) {
    const aside = ASIDE.exec(text.slice(end, end + 40));
    if (aside) {
      at = end + aside[0].length;
      while (next < all.length && (all[next] as Token).start < at) next++;
    }
  }
  for (let k = 0; k < 3; k++) {
    const tok = all[next + k];
    if (!tok || !SPACES.test(text.slice(at, tok.start))) return undefined;
    const word = tok.text;
    if (word === "its" || word === "his" || word === "her") return k > 0 ? word : undefined;
    if (tok.cap || NOT_BEFORE_ITS.has(word) || !LOWER_WORD.test(word)) return undefined;
    at = tok.end;
  }
  return undefined;
}

function push(out: Mention[], text: string, all: Token[], index: number, chunk: Token[], block: number, sentenceStart: boolean, prevEnd: number): void {
  let names = chunk.map((t) => t.text);
  let offset = 0;
  // Sentence openers and numbers are capitalised by position, not by being names.
  let article = all[index - 1]?.text === "the";
  let capitalThe = false;
  // ("Three Gorges Dam", "Four Seasons Hotel": a number opening a name that ends with a body's or a feature's head word is part of it.)
  while (names.length && (FUNCTION_WORDS.has((names[0] as string).toLowerCase()) || NUMBER_WORD.test(names[0] as string)) && !(NUMBER_WORD.test(names[0] as string) && numberedName3(names))) {
    article = (names[0] as string).toLowerCase() === "the";
    capitalThe = names[0] === "The" && !sentenceStart;
    names = names.slice(1);
    offset++;
    sentenceStart = false;
  }
  if (!names.length) return;
  const last = names[names.length - 1] as string;
  const possessive = /['’]s$/.test(last);
  if (possessive) names[names.length - 1] = last.replace(/['’]s$/, "");
  const firstTok = chunk[offset] as Token;
  const lastTok = chunk[chunk.length - 1] as Token;
  const before = all.slice(Math.max(0, index + offset - 3), index + offset).map((t) => t.text.toLowerCase());
  const after = all.slice(index + chunk.length, index + chunk.length + 2).map((t) => t.text.toLowerCase());
  const prevTok = all[index + offset - 1];
  const nextTok = all[index + chunk.length];
  const pronoun = possessive ? undefined : pronounAfter(all, index + chunk.length, text, lastTok.end);
  out.push({
    tokens: names,
    block,
    at: firstTok.start,
    sentenceStart,
    possessive,
    article,
    before: offset > 0 ? [] : before,
    after,
    gapBefore: prevTok ? text.slice(prevTok.end, firstTok.start).trim() : "",
    gapAfter: nextTok ? text.slice(lastTok.end, nextTok.start).trim() : text.slice(lastTok.end).trim(),
    sincePrevious: prevEnd < 0 ? "" : text.slice(prevEnd, firstTok.start),
    capitalThe,
    itsAfter: pronoun === "its",
    personAfter: pronoun === "his" || pronoun === "her",
    listedAfterPlace: false,
    endsPlaceList: false,
    listedAfterOrg: false,
    listedAfterPerson: false,
    ofPerson: false,
    sport: false,
    music: false,
  });
}
