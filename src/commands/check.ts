/** `check`: not built yet (see the issues); says so and fails rather than pretending. */
export async function checkCommand(_args: string[]): Promise<number> {
  process.stderr.write("clippings check: not implemented yet\n");
  return 1;
}
