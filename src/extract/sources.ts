/**
 * sources — every attribution the story leans on, with kind and channel.
 *
 * One entry per source name (the canonical name quotes use, titles
 * stripped), at the first paragraph that cites it: named speakers and their
 * channel ("on Facebook", "in his daily video address"), organizations and
 * agencies, unnamed groups ("Ukrainian officials"), documents' authors, and
 * verification notes ("Reuters could not independently verify ...").
 * A person merely mentioned is not a source. Kinds: person, official,
 * organization, agency, document, social, group.
 *
 * Reads: `blocks`, `quotes` (and the attribution pass quotes memoises).
 * Writes: `file.data.sources`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { analyse } from "./quotes/analyse.ts";
import { collectSources } from "./sources/collect.ts";

export default function sources() {
  return (_tree: Root, file: VFile) => {
    file.data.sources = collectSources(file, analyse(file));
  };
}
