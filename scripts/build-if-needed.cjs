// `npm start` builds first when dist/ is missing or older than any source file: the server with
// tsc, the console with Vite. `--console` builds only the console (the browser tests' set-up).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const consoleSources = path.join(root, 'src/console');

function newest(dir, skip) {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === skip) continue;
    latest = Math.max(latest, entry.isDirectory() ? newest(full, skip) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

const stale = (target, sources) => !fs.existsSync(target) || fs.statSync(target).mtimeMs < sources;
const configs = (...files) => files.map((f) => fs.statSync(path.join(root, f)).mtimeMs);

function buildServer() {
  const target = path.join(root, 'dist/src/main.js');
  const sources = Math.max(
    ...['migrations', 'seeds', 'scripts'].map((d) => newest(path.join(root, d))),
    newest(path.join(root, 'src'), consoleSources),
    ...configs('tsconfig.json', 'tsconfig.build.json', 'package.json'),
  );
  if (!stale(target, sources)) return;
  process.stderr.write('Building the server (tsc)…\n');
  // Everything tsc made goes (a deleted migration must not stay behind in dist/); the console's build stays.
  for (const entry of fs.existsSync(path.join(root, 'dist')) ? fs.readdirSync(path.join(root, 'dist')) : []) {
    if (entry !== 'console') fs.rmSync(path.join(root, 'dist', entry), { recursive: true, force: true });
  }
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
}

function buildConsole() {
  const target = path.join(root, 'dist/console/index.html');
  if (!stale(target, Math.max(newest(consoleSources), ...configs('package.json')))) return;
  process.stderr.write('Building the console (vite)…\n');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--config', path.join(consoleSources, 'vite.config.mts')], { stdio: 'inherit', cwd: root });
}

if (!process.argv.includes('--console')) buildServer();
buildConsole();
