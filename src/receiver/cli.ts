/// <reference types="node" />
/** `mlops-elements feedback-server`: the receiver (./handler.ts) on a Node HTTP server, until SIGINT or SIGTERM. */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createFeedbackReceiver } from './index.js';
import { nodeListener } from './node.js';

export const FEEDBACK_SERVER_HELP = `Usage: mlops-elements feedback-server [options]

Receives the votes of <mlops-feedback endpoint="…/feedback"> (JSON) and of the static renderer's
no-JavaScript form, keeps the last answer per vote id, and serves the tallies.

  POST /feedback                  a vote (JSON or a form post)
  GET  /feedback/summary?page=URL the page's tally: { page, votes, average, helpfulShare, byRating, reasons }
  GET  /feedback/export.csv       every vote as CSV; needs Authorization: Bearer $MLOPS_FEEDBACK_EXPORT_TOKEN

Options:
  --port N             port to listen on (default 8787; 0 picks a free one)
  --host HOST          address to listen on (default 127.0.0.1)
  --data DIR           PGlite data folder (default ./feedback-data); ignored when DATABASE_URL is set
  --allow-origin URL   an origin whose pages may send votes and read tallies; repeat for more
  --rate-limit N       votes per client per minute (default 30; 0: no limit)
  --min-dwell MS       votes answered sooner after the page loaded are dropped as spam (default 3000)
  --max-body BYTES     largest request body (default 16384)
  --trust-proxy        the client is the first X-Forwarded-For address (behind a proxy that sets it)
  -h, --help           show this help.

Environment:
  DATABASE_URL                 store in this PostgreSQL server (postgres://…) instead of PGlite
  MLOPS_FEEDBACK_EXPORT_TOKEN  the token of /feedback/export.csv (without it the export is off)

Storage needs the optional peer dependency @electric-sql/pglite (or postgres with DATABASE_URL).
`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]) {
  const args = {
    port: 8787,
    host: '127.0.0.1',
    data: 'feedback-data',
    allowOrigins: [] as string[],
    rateLimit: 30,
    minDwellMs: 3000,
    maxBodyBytes: 16384,
    trustProxy: false,
    help: false,
  };
  const number = (flag: string, value: string | undefined) => {
    const parsed = Number(value);
    if (value === undefined || !Number.isInteger(parsed) || parsed < 0) throw new UsageError(`${flag} needs a whole number ≥ 0, got ${value ?? 'nothing'}`);
    return parsed;
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const next = () => argv[++index];
    if (flag === '-h' || flag === '--help') args.help = true;
    else if (flag === '--port') args.port = number(flag, next());
    else if (flag === '--host') args.host = next() ?? args.host;
    else if (flag === '--data') args.data = next() ?? args.data;
    else if (flag === '--rate-limit') args.rateLimit = number(flag, next());
    else if (flag === '--min-dwell') args.minDwellMs = number(flag, next());
    else if (flag === '--max-body') args.maxBodyBytes = number(flag, next());
    else if (flag === '--trust-proxy') args.trustProxy = true;
    else if (flag === '--allow-origin') {
      const value = next() ?? '';
      try {
        const origin = new URL(value).origin;
        if (origin === 'null') throw new Error();
        args.allowOrigins.push(origin);
      } catch {
        throw new UsageError(`--allow-origin needs an http(s) origin such as https://docs.example.org, got "${value}"`);
      }
    } else throw new UsageError(`unknown option ${flag}`);
  }
  return args;
}

/** Runs the server until SIGINT or SIGTERM; resolves to the exit status. */
export async function feedbackServer(argv: readonly string[], io: Io): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`mlops-elements feedback-server: ${error.message}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(FEEDBACK_SERVER_HELP);
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = resolve(io.cwd, args.data);
  const receiver = await createFeedbackReceiver({
    dataDir,
    databaseUrl,
    allowOrigins: args.allowOrigins,
    exportToken: process.env.MLOPS_FEEDBACK_EXPORT_TOKEN || undefined,
    rateLimit: args.rateLimit,
    minDwellMs: args.minDwellMs,
    maxBodyBytes: args.maxBodyBytes,
    trustProxy: args.trustProxy,
    log: (message) => io.stderr.write(`${message}\n`),
  });
  let origin = '';
  const server = createServer(nodeListener(receiver.handler, () => origin));
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(args.port, args.host, () => listening());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : args.port;
  origin = `http://${args.host.includes(':') ? `[${args.host}]` : args.host}:${port}`;
  const storage = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`;
  io.stdout.write(`mlops-elements feedback-server: listening on ${origin}/feedback (${storage})\n`);
  const signal = await new Promise<NodeJS.Signals>((stop) => {
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  // Finish the requests in flight, then close the database so the next start needs no recovery.
  await new Promise((closed) => {
    server.close(closed);
    server.closeIdleConnections();
  });
  await receiver.close();
  io.stderr.write(`mlops-elements feedback-server: stopped (${signal})\n`);
  return 0;
}
