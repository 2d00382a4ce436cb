/** `bench`: not built yet (see the issues); says so and fails rather than pretending. */
export async function benchCommand(_args: string[]): Promise<number> {
  process.stderr.write("clippings bench: not implemented yet\n");
  return 1;
}
