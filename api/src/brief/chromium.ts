import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`); Arna never downloads a browser. */
const CHROMIUM = process.env['ARNA_CHROMIUM'] ?? '/usr/bin/chromium';

// Headless as root on a closed network: without the background-networking flags chromium keeps
// trying to reach Google's services and those connections are refused.
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the machine's chromium headless: briefs, browser tests and the UI benchmark share it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}
