import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Store } from '../db/store.js';
import { PlanmineError } from '../errors.js';
import { compareAsCsv } from '../workbench/compare-output.js';
import { loadScripts } from '../workbench/report/index.js';
import { articlePage } from './article-page.js';
import { articlesPage } from './articles-page.js';
import { comparePage, runCompare } from './compare-page.js';
import { escapeHtml, page } from './html.js';
import type { Query } from './params.js';
import { searchPage } from './search-page.js';

const html = (reply: FastifyReply, status: number, body: string): FastifyReply => reply.code(status).type('text/html; charset=utf-8').send(body);

const notFound = (sentence: string): string => page({ title: 'not found' }, `<h1>Not found</h1><p class="error">${escapeHtml(sentence)}</p><p><a href="/articles">All articles</a></p>`);

/** The read-only web app over one open store, whichever engine; every page is rendered on the server. */
export function buildApp(db: Store): FastifyInstance {
  const app = Fastify({ logger: false });
  const echarts = loadScripts().echarts;

  const list = async (request: { query: unknown }, reply: FastifyReply): Promise<FastifyReply> => html(reply, 200, await articlesPage(db, request.query as Query));
  app.get('/', list);
  app.get('/articles', list);

  // A wildcard, not `:doc`: ids hold `/` (siteA/index#1), which arrives encoded as %2F.
  app.get('/articles/*', async (request, reply) => {
    const doc = (request.params as { '*': string })['*'];
    try {
      return html(reply, 200, await articlePage(db, doc));
    } catch (err) {
      if (err instanceof PlanmineError) return html(reply, 404, notFound(`There is no article with the id ${doc} in this database.`));
      throw err;
    }
  });

  app.get('/search', async (request, reply) => html(reply, 200, await searchPage(db, request.query as Query)));

  app.get('/compare', async (request, reply) => html(reply, 200, await comparePage(db, request.query as Query, echarts)));

  app.get('/compare.csv', async (request, reply) => {
    const query = request.query as Query;
    const result = await runCompare(db, query).catch((err: unknown) => {
      if (err instanceof PlanmineError) return null;
      throw err;
    });
    if (!result) return reply.code(400).type('text/plain; charset=utf-8').send('give indicator words: /compare.csv?q=体质健康+优秀率&by=province\n');
    const name = `compare-${result.words.join('-')}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="compare.csv"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(compareAsCsv(result));
  });

  app.setNotFoundHandler((request, reply) => html(reply, 404, notFound(`Nothing lives at ${decodeURI(request.url.split('?')[0] ?? '')}.`)));

  // The reader sees a sentence; the details go to the terminal that started the server, never a stack in the page.
  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
    if (err.statusCode && err.statusCode < 500) return html(reply, err.statusCode, page({ title: 'bad request' }, `<h1>Bad request</h1><p class="error">${escapeHtml(err.message)}</p>`));
    process.stderr.write(`planmine serve: ${request.method} ${request.url}: ${err.message}\n`);
    return html(reply, 500, page({ title: 'error' }, '<h1>Something went wrong</h1><p class="error">The page could not be made. The terminal running <code>planmine serve</code> says why.</p>'));
  });
  return app;
}
