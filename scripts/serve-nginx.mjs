// Serves a built site with real nginx and the `_nginx.conf` the build wrote, as a host would deploy it:
//   node scripts/serve-nginx.mjs [dir=dist] [port=8080] [base=/]
// Runs in the foreground as the current user (no root, no system config changes); Ctrl+C stops it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
const site = resolve(dir);
const snippet = join(site, '_nginx.conf');
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'].find((p) => existsSync(p));
const mimeTypes = [
  '/etc/nginx/mime.types',
  '/usr/local/etc/nginx/mime.types',
  '/opt/homebrew/etc/nginx/mime.types',
].find((p) => existsSync(p));

if (!nginx || !mimeTypes) {
  console.error('nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx (.ci/run does this).');
  process.exit(1);
}
if (!existsSync(snippet)) {
  console.error(`${snippet} is missing: build the site first (npm run build).`);
  process.exit(1);
}

// nginx maps the base path onto the root folder, so a site built for /cursus/ sits in <root>/cursus/.
// One work folder per port, cleared on start: a test runner may kill this script before it can clean up.
const work = join(tmpdir(), `bb-nginx-${port}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work);
let root = site;
if (base !== '/') {
  root = join(work, 'root');
  const target = join(root, base.replace(/^\/|\/$/g, ''));
  mkdirSync(join(target, '..'), { recursive: true });
  symlinkSync(site, target);
}
const temp = (name) => `${name}_temp_path ${join(work, name)};`;
writeFileSync(
  join(work, 'nginx.conf'),
  `daemon off;
master_process off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  log_not_found off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${snippet};
  }
}
`,
);

const server = spawn(nginx, ['-e', 'stderr', '-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
console.log(`nginx serves ${site} at http://127.0.0.1:${port}${base}`);
const stop = () => server.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  rmSync(work, { recursive: true, force: true });
  process.exit(code ?? 0);
});
