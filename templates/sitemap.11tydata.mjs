// The permalink as a function: a Nunjucks permalink string is compiled again for every paginated page.
import { permalinkOf } from "../src/site/urls.ts";

export default { permalink: (data) => permalinkOf(data.map.url) };
