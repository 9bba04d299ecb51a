// The three test engines come from Debian's packages. This module knows where each one lives,
// which packages bring it, and installs what is missing when it may (root + apt-get).
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const engines = {
  chromium: {
    packages: ['chromium'],
    binaries: () => [process.env.CHROME_PATH ?? '/usr/bin/chromium'],
  },
  firefox: {
    packages: ['firefox-esr'],
    binaries: () => [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
  },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    binaries: () => [
      process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/bin/Xvfb',
    ],
  },
};

export function wantedEngines(value = process.env.BROWSERS) {
  const names = (value ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in engines));
  if (unknown.length) throw new Error(`BROWSERS names unknown engine(s): ${unknown.join(', ')} (use chromium, firefox, webkit)`);
  return names;
}

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Debian packages needed for the wanted engines that are not installed yet. */
export function missingPackages(names) {
  const packages = new Set();
  for (const name of names) {
    if (!engines[name].binaries().every(executable)) engines[name].packages.forEach((pkg) => packages.add(pkg));
  }
  return [...packages];
}

const canInstall = () => typeof process.getuid === 'function' && process.getuid() === 0 && spawnSync('apt-get', ['--version']).status === 0;

/**
 * Makes sure the wanted engines are installed. Installs them as root via apt-get; otherwise
 * explains in one line what is missing and how to get it, and returns false.
 */
export function ensureBrowsers(names = wantedEngines()) {
  const missing = missingPackages(names);
  if (missing.length === 0) return true;
  if (!canInstall()) {
    console.error(
      `Missing test browsers: ${missing.join(' ')}. Install them with "sudo apt-get install -y ${missing.join(' ')}" (Debian/Ubuntu), or pick installed ones, e.g. BROWSERS=chromium npm test.`,
    );
    return false;
  }
  console.log(`Installing test browsers from Debian's packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', ...missing], { stdio: 'inherit', env });
  const still = missingPackages(names);
  if (still.length) {
    console.error(`apt-get finished but these are still missing: ${still.join(' ')}`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureBrowsers() ? 0 : 1);
}
