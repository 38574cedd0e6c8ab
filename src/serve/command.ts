import { InvalidArgumentError, type Command } from 'commander';
import { Database, DEFAULT_DB } from '../db/connection.js';
import { PlanmineError } from '../errors.js';
import { assertPlanmineDatabase } from '../workbench/open-db.js';
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
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0: any free port)', port, 8080)
    .option('--host <address>', 'address to listen on; 127.0.0.1 keeps it to this machine', '127.0.0.1')
    .addHelpText('after', '\nExample:\n  planmine serve --db output/plans.sqlite --port 8080   # then open http://127.0.0.1:8080/')
    .action(async (opts: { db: string; port: number; host: string }) => {
      const db = await Database.open(opts.db, { readonly: true }).catch((err: Error) => {
        throw new PlanmineError('read', `cannot open database ${opts.db}: ${err.message} (run \`planmine ingest\` first)`);
      });
      await assertPlanmineDatabase(db, opts.db);
      const app = buildApp(db);
      const address = await app.listen({ port: opts.port, host: opts.host }).catch((err: Error) => {
        throw new PlanmineError('read', `cannot listen on ${opts.host}:${opts.port}: ${err.message}`);
      });
      // Tests and scripts read this line to find the port when --port 0 chose one.
      console.log(`planmine serve: ${address}/ (read-only ${opts.db}; Ctrl-C stops)`);
      const stop = (): void => {
        void app.close().then(() => db.close()).finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
