import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app';

/** Debian's Chromium (`apt-get install -y chromium`): nothing is downloaded by npm. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The closed network refuses Chromium's own background connections; as root it needs --no-sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/**
 * A test file's server (on its own database, with `env`) and browser: started before the file's
 * tests, closed after them. Setup of its own goes in a later `beforeAll`, which runs after this one.
 */
export function consoleSuite(env: Record<string, string> = {}): { readonly app: TestApp; readonly browser: Browser } {
  const suite = {} as { app: TestApp; browser: Browser };
  beforeAll(async () => {
    suite.app = await createTestApp(env);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}

export type Lang = 'zh-CN' | 'en';

/** What the tests use of a page's globals (tests compile without the DOM library). */
interface PageGlobals {
  localStorage: { setItem(key: string, value: string): void };
  document: { fonts: { ready: Promise<unknown> } };
  axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
}

/** A staff member's browser: their own context (storage), at 1366×768 unless told, in a language. */
export async function openConsole(browser: Browser, app: TestApp, options: { lang?: Lang; viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, locale: options.lang ?? 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  // Runs in the page; the tests compile without the DOM's types, so the page's globals are named here.
  await context.addInitScript((lang) => (globalThis as unknown as PageGlobals).localStorage.setItem('rl.lang', lang), options.lang ?? 'zh-CN');
  const page = await context.newPage();
  // Generous: under the whole suite two cores run servers, PostgreSQL and two browsers at once.
  page.setDefaultTimeout(30_000);
  // The page's own errors go to the test's output, where a failure is read.
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  // (A refused request the console handles, 401 or 429, is logged by the browser too: not an error of the page.)
  page.on('console', (message) => message.type() === 'error' && !/status of (401|429)/.test(message.text()) && console.error(`[browser console] ${message.text()}`));
  await page.goto(app.origin + '/');
  return { context, page };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.locator('form.sign-in button[type=submit]').click();
  await page.getByTestId('who-am-i').waitFor();
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core run in the page: the serious and critical violations, as `rule: targets`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as PageGlobals;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(' | ')}`);
}

/** The screenshots the README shows (tests/console/screens, committed); the rest stay in .data/screens. */
const README_SCREENS = new Set([
  'registration.zh-CN', 'screening.zh-CN', 'queue.zh-CN', 'queue.phone.zh-CN', 'customer-actions.zh-CN', 'compliance.zh-CN', 'audit-check.zh-CN',
  'campaigns.zh-CN', 'webhooks.zh-CN', 'kpis.zh-CN', 'imports.zh-CN',
  'cs-this-week-s-sheet.en', 'lead-my-queue.en', 'reviewer-compliance-report.en', 'admin-kpis.en', 'admin-campaigns.en', 'admin-staff-and-teams.en',
]);

/**
 * A screenshot into .data/screens; with UPDATE_SCREENSHOTS set, the README's ones also into
 * tests/console/screens (then committed), so an ordinary run leaves the work tree as it was.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dirs = [path.join(__dirname, '../../.data/screens')];
  if (process.env.UPDATE_SCREENSHOTS && README_SCREENS.has(name)) dirs.push(path.join(__dirname, 'screens'));
  // The font's ranges load as glyphs appear: wait for them, or a fresh heading shows boxes.
  await page.evaluate(() => (globalThis as unknown as PageGlobals).document.fonts.ready.then(() => undefined));
  const image = await page.screenshot();
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.png`), image);
  }
}
