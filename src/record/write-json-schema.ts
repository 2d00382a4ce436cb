/** `npm run schema`: rewrites record.schema.json from the zod schema. */
import { writeFileSync } from "node:fs";
import { JSON_SCHEMA_PATH, recordJsonSchema } from "./json-schema.ts";

writeFileSync(JSON_SCHEMA_PATH, recordJsonSchema());
process.stdout.write(`wrote ${JSON_SCHEMA_PATH}\n`);
