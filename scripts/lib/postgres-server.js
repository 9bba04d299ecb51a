// A throwaway PostgreSQL server for checks that need the real thing: Debian's `postgresql` package,
// a new cluster in a temporary folder, listening on 127.0.0.1 and a free port, removed on stop.
// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder with `initdb` and `postgres`: `PG_BIN`, or the newest of Debian's `/usr/lib/postgresql/<major>/bin`. */
export function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/.test(name)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest && existsSync(`/usr/lib/postgresql/${newest}/bin/initdb`) ? `/usr/lib/postgresql/${newest}/bin` : undefined;
}

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });

/** Starts a new cluster; resolves to its `postgres://` URL and a `stop()` that shuts it down and deletes it. */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL server not found: apt-get install postgresql (or set PG_BIN to the folder with initdb and postgres).');
  const folder = mkdtempSync(join(tmpdir(), 'mlops-postgres-'));
  const asRoot = process.getuid?.() === 0;
  // As root, each command runs as the `postgres` user, who must own the cluster's folder.
  const command = (file, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, file), ...args]] : [join(bin, file), args]);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(folder, uid, gid);
  }
  const data = join(folder, 'data');
  execFileSync(...command('initdb', ['-D', data, '-U', 'mlops', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C']), { stdio: 'pipe' });
  const port = await freePort();
  // fsync off: the checks kill the receiver, never the database, and a throwaway cluster needs no durability.
  const server = spawn(...command('postgres', ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', folder, '-F']), { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  await new Promise((ready, reject) => {
    const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within 30 s:\n${log}`)), 30_000);
    const check = () => {
      if (/ready to accept connections/.test(log)) {
        clearTimeout(timer);
        ready();
      }
    };
    server.stderr.on('data', check);
    server.stdout.on('data', check);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited (${code}) before it was ready:\n${log}`));
    });
  });
  const version = /PostgreSQL (\d+(\.\d+)?)/.exec(log)?.[1] ?? '';
  return {
    url: `postgres://mlops@127.0.0.1:${port}/postgres`,
    version,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        // pg_ctl rather than a signal: as root the child is `runuser`, not the postmaster.
        execFileSync(...command('pg_ctl', ['-D', data, 'stop', '-m', 'fast', '-w']), { stdio: 'pipe' });
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
