import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command's options, read by Node's own parser. A mistyped or unknown option stops the command
 * with what was wrong and how to call it, rather than being quietly ignored.
 */
export function readArgs<T extends ParseArgsConfig['options']>(options: T, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ options, allowPositionals, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}
