/**
 * What the lexicons say about one name or word, looked up once: the same
 * names and sentence-opening words recur within and across articles, and
 * classifying a mention asks a dozen questions of each. One Map lookup then
 * answers them all, instead of folding the string and probing each list.
 * Facts never change while the process runs, so sharing them is safe.
 */
import { canonicalName, firstNames, lookupPlace, type PlaceInfo, wordList } from "../../gazetteer/index.ts";
import { fold } from "../../gazetteer/fold.ts";

/** A name's facts; the place is looked up only when asked, as most words are never asked. */
export class Facts {
  /** The folded form ("kyiv", "saint etienne"). */
  readonly key: string;
  /** In the alias table as an organization / a person. */
  readonly aliasOrg: boolean;
  readonly aliasPerson: boolean;
  /** In compromise's organizations, or our curated bodies and clubs. */
  readonly knownOrg: boolean;
  readonly body: boolean;
  readonly club: boolean;
  /** An English word (compromise's lexicon), a given name (with the curated ones that are words), a surname. */
  readonly common: boolean;
  readonly given: boolean;
  /** In the generated given-name list only: "Sydney" is a city before it is a name. */
  readonly plainGiven: boolean;
  readonly surname: boolean;
  /** An English word that is never a proper name (Debian's wamerican): "jungle", "fever", not "martin". */
  readonly english: boolean;
  #place: PlaceInfo | null | undefined;

  constructor(readonly name: string) {
    const key = fold(name);
    this.key = key;
    this.aliasOrg = canonicalName("organization", name) !== undefined;
    this.aliasPerson = canonicalName("person", name) !== undefined;
    const l = (lists ??= loadLists());
    this.knownOrg = l.knownOrgs.has(key);
    this.body = l.bodies.has(key);
    this.club = l.clubs.has(key);
    this.common = l.common.has(key);
    this.given = l.given.has(key);
    this.plainGiven = l.firstNames.has(key);
    this.surname = l.surnames.has(key);
    this.english = l.english.has(key);
  }

  get place(): PlaceInfo | undefined {
    if (this.#place === undefined) this.#place = lookupPlace(this.name) ?? null;
    return this.#place ?? undefined;
  }
}

/** The word lists, looked up once per process rather than by file name for every new name. */
let lists: ReturnType<typeof loadLists> | undefined;
function loadLists() {
  return {
    knownOrgs: wordList("names/known-orgs.txt"),
    bodies: wordList("names/bodies.txt"),
    clubs: wordList("names/clubs.txt"),
    common: wordList("names/common-words.txt"),
    given: firstNames(),
    firstNames: wordList("names/first-names.txt"),
    surnames: wordList("names/last-names.txt"),
    english: wordList("names/english-words.txt"),
  };
}

const cache = new Map<string, Facts>();

export function factsOf(name: string): Facts {
  let hit = cache.get(name);
  if (hit === undefined) {
    if (cache.size > 100_000) cache.clear();
    hit = new Facts(name);
    cache.set(name, hit);
  }
  return hit;
}
