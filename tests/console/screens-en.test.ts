import type { Page } from 'playwright-core';
import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * Every menu screen of every role, in English: each opens with its title (no untranslated key),
 * passes axe with nothing serious or critical, and leaves a screenshot for the README. The
 * switch from Chinese happens in the page, as staff do it.
 */
const suite = consoleSuite();

async function walkMenu(page: Page, role: string): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Menu' }).getByRole('link');
  const names = await links.allTextContents();
  for (const name of names) {
    await links.filter({ hasText: name }).first().click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    // Template variables ({{customer.displayName}}) are the product's words, not missing keys.
    const text = (await page.locator('main, .content').first().innerText()).replace(/\{\{[^}]*\}\}|\b(customer|order|coupon|tier|shop)\.[a-zA-Z]+/g, '');
    // A key the English words lack would show as the key itself ("kpis.title") or fall back to Chinese.
    expect([name, text.match(/\b[a-z]+\.[a-zA-Z]+\b(?!\.)/g)?.filter((w) => !/@|\.(shop|csv|xlsx|json)$/.test(w)) ?? []]).toEqual([name, []]);
    expect([name, /[\u4e00-\u9fff]/.test((await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '')]).toEqual([name, false]);
    expect([name, await seriousViolations(page)]).toEqual([name, []]);
    await screenshot(page, `${role}-${name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.en`);
  }
  return names;
}

test.each([
  ['admin@demo.shop', 'admin'],
  ['reviewer@demo.shop', 'reviewer'],
  ['sales1@demo.shop', 'lead'],
  ['cs1@demo.shop', 'cs'],
])('%s: every menu screen in English', async (email, role) => {
  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, email);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  const names = await walkMenu(page, role);
  expect(names.length).toBeGreaterThan(2);
  await context.close();
}, 120_000);
