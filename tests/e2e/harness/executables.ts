import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

/** The Debian packages that provide each browser, for skip and failure messages. */
export const APT_PACKAGES: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox-esr' };

const CANDIDATES: Record<BrowserName, { env: string; names: string[] }> = {
  chromium: { env: 'CHROME_PATH', names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] },
  firefox: { env: 'FIREFOX_PATH', names: ['firefox-esr', 'firefox'] },
};

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser binary: $CHROME_PATH / $FIREFOX_PATH first, then PATH, then /usr/bin. */
export function findBrowser(name: BrowserName): string | null {
  const { env, names } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/bin'];
  for (const bin of names) {
    for (const dir of dirs) {
      const file = path.join(dir, bin);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}
