/**
 * What the browser tests do around the pages they test: setting data up through the plugin's
 * admin API, logging in, and keeping a screenshot of what the browser showed when a test failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Login, Playground } from './playground';

export type AdminApi = (method: string, route: string, body?: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The plugin's admin API (`/privacy-notices/…`) with the playground admin's login; answers `data`. */
export async function adminApiOf(playground: Playground): Promise<AdminApi> {
  const login = await fetch(`${playground.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(playground.admin) });
  const { token } = (await login.json()).data as { token: string };
  return async (method, route, body) => {
    const response = await fetch(`${playground.url}${route}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return (await response.json()).data;
  };
}

/** Logs in on the admin's login page (in whatever language the admin shows) and closes Strapi's own announcement banner. */
export async function logIn(page: Page, playground: Playground, login: Login = playground.admin): Promise<void> {
  await page.goto(`${playground.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(login.email);
  await page.locator('input[name="password"]').fill(login.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin\/?$/);
  // Strapi's own announcement banner, if any, is not part of this plugin's pages.
  await page.getByRole('button', { name: /Close the banner|Sulje/ }).first().click({ timeout: 5_000 }).catch(() => undefined);
}

/** Runs a test; on failure keeps what the browser showed in tests/.tmp/<name>-failure.png. */
export async function keepFailureScreenshot(page: () => Page | undefined, name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const file = path.resolve(__dirname, `../../.tmp/${name}-failure.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page()?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  }
}
