/** `serve`: not built yet (see the issues); says so and fails rather than pretending. */
export async function serveCommand(_args: string[]): Promise<number> {
  process.stderr.write("clippings serve: not implemented yet\n");
  return 1;
}
