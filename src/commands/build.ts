/** `build`: not built yet (see the issues); says so and fails rather than pretending. */
export async function buildCommand(_args: string[]): Promise<number> {
  process.stderr.write("clippings build: not implemented yet\n");
  return 1;
}
