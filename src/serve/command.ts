import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_DB } from '../db/connection.js';
import { openStore } from '../db/store.js';
import { PlanmineError } from '../errors.js';
import { buildApp } from './app.js';

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number, 0-65535 (0: any free port)');
  return n;
};

/** `planmine serve`: the workbench in a browser, read-only, on this machine only unless --host says otherwise. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('browse the database in a web browser: articles with facets, marked evidence, search, compare (read-only)')
    .option('--db <path>', 'database file or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0: any free port)', port, 8080)
    .option('--host <address>', 'address to listen on; 127.0.0.1 keeps it to this machine', '127.0.0.1')
    .addHelpText('after', '\nExamples:\n  planmine serve --db output/plans.sqlite --port 8080   # then open http://127.0.0.1:8080/\n  planmine serve --db postgres://reader@dbhost/plans')
    .action(async (opts: { db: string; port: number; host: string }) => {
      const store = await openStore(opts.db, { readonly: true });
      const app = buildApp(store);
      const address = await app.listen({ port: opts.port, host: opts.host }).catch(async (err: Error) => {
        await store.close();
        throw new PlanmineError('read', `cannot listen on ${opts.host}:${opts.port}: ${err.message}`);
      });
      // Tests and scripts read this line to find the port when --port 0 chose one.
      console.log(`planmine serve: ${address}/ (read-only ${store.location}; Ctrl-C stops)`);
      const stop = (): void => {
        void app.close().then(() => store.close()).finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
