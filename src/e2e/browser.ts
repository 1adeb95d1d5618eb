import { chromium, type Browser } from 'playwright-core';

// Flags for a closed network: no background fetches that would be refused anyway.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium: GLOSS_CHROMIUM if set, else the binary the @sparticuz/chromium package ships. */
export async function launch(): Promise<Browser> {
  let executablePath = process.env.GLOSS_CHROMIUM;
  if (!executablePath) {
    const { default: packaged } = await import('@sparticuz/chromium');
    executablePath = await packaged.executablePath();
  }
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}
