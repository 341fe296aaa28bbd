/**
 * What a Finnish editor would notice on any of the plugin's pages, checked in the browser:
 * English text of the plugin's own (its admin strings in English), accessibility violations
 * (axe-core, serious and critical, WCAG 2.1 A and AA), and content wider than the window.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');

/** The plugin's content area: the page Strapi renders for the plugin, its side navigation included. */
export const CONTENT_AREA = 'main';

const english = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales/admin/en.json'), 'utf8')) as Record<string, string>;
const finnish = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales/admin/fi.json'), 'utf8')) as Record<string, string>;

/**
 * The English admin strings that would betray an untranslated text: the fixed parts (between ICU
 * arguments) of every English string that Finnish words differently, at least two words long so
 * that a name or an abbreviation shared by both languages is not taken for English.
 */
export const ENGLISH_PHRASES: string[] = [
  ...new Set(
    Object.entries(english)
      .filter(([key, text]) => finnish[key] !== text)
      .flatMap(([, text]) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
      .map((part) => part.replace(/[.,:;()…–—"]/g, ' ').replace(/\s+/g, ' ').trim())
      .filter((part) => part.split(' ').length >= 2 && /[a-z]{3}/i.test(part)),
  ),
];

/** Plain English words that no Finnish sentence of the plugin contains: catches English from the server too. */
const ENGLISH_WORDS = /\b(the|and|is|are|was|with|this|that|because|required|must|cannot|should|has|have|wrong|missing|not|been)\b/i;

/** The English texts visible in the plugin's content area (empty when the page is all Finnish). */
export async function englishTextOn(page: Page, scope = CONTENT_AREA): Promise<string[]> {
  const lines = await page.locator(scope).first().evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      out.push(node.textContent.trim());
    }
    // Labels only a screen reader hears count as well.
    root.querySelectorAll('[aria-label]').forEach((element) => out.push(element.getAttribute('aria-label') ?? ''));
    return out;
  });
  const text = ` ${lines.join(' \n ')} `.replace(/[.,:;()…–—"]/g, ' ').replace(/[ \t]+/g, ' ');
  const phrases = ENGLISH_PHRASES.filter((phrase) => text.toLowerCase().includes(` ${phrase.toLowerCase()} `));
  const words = lines.filter((line) => ENGLISH_WORDS.test(line));
  return [...new Set([...phrases, ...words])];
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical WCAG 2.1 A/AA violations in the plugin's content area. */
export async function axeViolations(page: Page, scope = CONTENT_AREA): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(
      { include: [selector] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`),
    }));
  }, scope);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * Elements of the content area that scroll sideways or reach past the window's right edge: a
 * table cut off at its right, a row the editor must scroll to read. Empty when everything fits.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Something hidden from sight on purpose (visually hidden labels, off-screen live regions) is not content.
      if (style.position === 'absolute' && (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)')) continue;
      const sideways = (style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1;
      if (sideways) found.push(`${describe(element)} scrolls sideways: ${element.scrollWidth} px in ${element.clientWidth} px`);
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && element.closest('[role="dialog"]') === null) found.push(`${describe(element)} reaches ${Math.round(box.right)} px`);
    }
    return found.slice(0, 10);
  }, CONTENT_AREA);
}

/**
 * Console errors and warnings the page logs; call once per page before it loads anything. A
 * resource the admin asks of a host outside this machine (Strapi's own news and analytics) cannot
 * load in a test without a network, and is left out.
 */
export function collectConsole(page: Page, origin: string): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const from = message.location().url;
    if (/^Failed to load resource: net::ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED)/.test(message.text()) && from && !from.startsWith(origin)) return;
    messages.push(`${message.type()}: ${message.text()} (${from})`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/** Takes motion out of every page: animations and transitions end at once, where they would end. */
const STILL_STYLE = '*, *::before, *::after { animation-duration: 0s !important; animation-delay: 0s !important; transition-duration: 0s !important; transition-delay: 0s !important; scroll-behavior: auto !important; }';

/**
 * A browser page that asks for reduced motion and has animations and transitions switched off, so
 * that what a check reads is the page as it ends up, not a moment of a transition.
 */
export async function stillPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage({ reducedMotion: 'reduce', ...options });
  await page.addInitScript((css: string) => {
    // The admin's own window only: in the preview's sandboxed frame (no scripts) even the listener
    // below would be blocked, and the browser would log that as an error.
    if (window !== window.top) return;
    const add = () => {
      const style = document.createElement('style');
      style.textContent = css;
      (document.head ?? document.documentElement).appendChild(style);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', add);
    else add();
  }, STILL_STYLE);
  return page;
}

/**
 * Waits until the page has settled after a navigation or a click: the network quiet, no animation
 * running and no region marked busy (aria-busy) — not a fixed time, which a loaded machine outlasts.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running') && document.querySelector('[aria-busy="true"]') === null,
    undefined,
    { polling: 'raf' },
  );
}

/**
 * A page of the admin in Finnish from the first page on, as an editor who chose Finnish in their
 * profile sees it, at 1280×800, with its console errors and warnings collected.
 */
export async function finnishAdminPage(browser: Browser, origin: string): Promise<{ page: Page; consoleMessages: string[] }> {
  const page = await stillPage(browser, { viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(30_000);
  const consoleMessages = collectConsole(page, origin);
  // Only the admin's own window: the preview's sandboxed frame has no storage.
  await page.addInitScript(() => {
    if (window === window.top) localStorage.setItem('strapi-admin-language', 'fi');
  });
  return { page, consoleMessages };
}
