/*
 * <privacy-notice slug="asiakasrekisteri" lang="fi" show-history></privacy-notice>
 *
 * Shows a published privacy notice on any web page: load this script from the Strapi that
 * serves the notices and place the element. The notice is the plugin's sanitised HTML fragment;
 * with `show-history` the change log follows it. Optional: `version="2"` shows that version.
 * Style it with the --privacy-notice-* custom properties below or ::part(notice|history|error).
 *
 * <privacy-notice-updates slug="asiakasrekisteri" lang="fi"></privacy-notice-updates>
 *
 * Tells a returning reader that the notice has changed materially since they last saw it, with the
 * change summary and a link to the differences, and announces a material change ahead of its date.
 * What the reader has seen is kept in their own browser (localStorage); no cookie is set and
 * nothing about the reader is sent. `diff-url="/tietosuoja/muutokset?from={from}&to={to}"` links
 * to a page of the site instead of the API's diff. Style it with ::part(update|upcoming|dismiss).
 */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('privacy-notice')) return;

  // The API is where this script came from: …/api/privacy-notices/embed.js → …/api/privacy-notices/
  const source = document.currentScript || document.querySelector('script[src*="privacy-notices/embed.js"]');
  const API = new URL('.', source ? source.src : location.href).href;

  const FAILED = {
    fi: 'Tietosuojaselostetta ei voitu ladata.',
    sv: 'Dataskyddsbeskrivningen kunde inte laddas.',
    en: 'The privacy notice could not be loaded.',
  };

  const STYLE = [
    ':host { display: block; color: var(--privacy-notice-color, inherit); font: var(--privacy-notice-font, inherit); line-height: var(--privacy-notice-line-height, 1.6); }',
    ':host([hidden]) { display: none; }',
    '.privacy-notice { max-width: var(--privacy-notice-max-width, 46rem); }',
    'h1, h2, h3 { color: var(--privacy-notice-heading-color, inherit); font-family: var(--privacy-notice-heading-font, inherit); line-height: 1.25; }',
    'h1 { font-size: var(--privacy-notice-title-size, 1.75rem); }',
    'h2 { font-size: var(--privacy-notice-heading-size, 1.3rem); margin-top: 2em; }',
    'h3 { font-size: 1.05rem; margin-bottom: 0.25em; }',
    'a { color: var(--privacy-notice-link-color, #0b57d0); overflow-wrap: anywhere; }',
    'table { border-collapse: collapse; width: 100%; }',
    'th, td { border: 1px solid var(--privacy-notice-border-color, #c8c8c8); padding: 0.4em 0.6em; text-align: left; vertical-align: top; }',
    'footer { margin-top: 2.5em; border-top: 1px solid var(--privacy-notice-border-color, #ddd); }',
    '.history { list-style: none; padding: 0; }',
    '.history li { padding: 0.5em 0; border-bottom: 1px solid var(--privacy-notice-border-color, #ddd); }',
    '.history p { margin: 0.25em 0 0; }',
    '.history .upcoming { font-style: italic; }',
    '[part="error"] { color: var(--privacy-notice-error-color, #b3261e); }',
  ].join('\n');

  function languageOf(element) {
    const lang = element.getAttribute('lang') || document.documentElement.lang || '';
    return lang.slice(0, 2).toLowerCase();
  }

  function request(path, params, cache) {
    const url = new URL(path, API);
    Object.keys(params).forEach(function (name) {
      if (params[name]) url.searchParams.set(name, params[name]);
    });
    return fetch(url.href, { credentials: 'omit', cache: cache || 'default' }).then(function (response) {
      if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
      return response;
    });
  }

  /** The change log as a list under the history heading of the notice. */
  function historySection(heading, feed) {
    const section = document.createElement('section');
    section.className = 'history-section';
    section.setAttribute('part', 'history');
    const title = document.createElement('h2');
    title.textContent = heading;
    const list = document.createElement('ol');
    list.className = 'history';
    feed.items.forEach(function (item) {
      const entry = document.createElement('li');
      // The feed is the notice's päivitetty history, in its order: an announced version is marked upcoming.
      const about = item._privacy_notices || {};
      if (about.upcoming) entry.className = 'upcoming';
      if (about.legacy) entry.className = 'legacy';
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.title;
      const summary = document.createElement('p');
      // The feed carries the change summary as plain text (content_text); shown as text, never as HTML.
      summary.textContent = item.content_text || item.summary || '';
      entry.append(link, summary);
      list.append(entry);
    });
    section.append(title, list);
    return section;
  }

  class PrivacyNoticeElement extends HTMLElement {
    static get observedAttributes() {
      return ['slug', 'lang', 'version', 'show-history'];
    }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this.loads = 0;
    }

    connectedCallback() {
      this.load();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.load();
    }

    async load() {
      const slug = this.getAttribute('slug');
      if (!slug) return;
      const load = ++this.loads;
      const locale = languageOf(this);
      const version = this.getAttribute('version');
      const notice = 'notices/' + encodeURIComponent(slug);
      this.setAttribute('aria-busy', 'true');
      try {
        const [fragment, feed] = await Promise.all([
          request(version ? notice + '/versions/' + encodeURIComponent(version) : notice, { format: 'html', fragment: 'true', locale }).then((r) => r.text()),
          this.hasAttribute('show-history') ? request(notice + '/changelog', { format: 'json', locale }).then((r) => r.json()) : null,
        ]);
        if (load === this.loads) this.render(fragment, feed);
      } catch {
        if (load !== this.loads) return;
        this.shadowRoot.innerHTML = '<style>' + STYLE + '</style><p part="error" role="alert"></p>';
        this.shadowRoot.querySelector('p').textContent = FAILED[locale] || FAILED.en;
      } finally {
        if (load === this.loads) this.removeAttribute('aria-busy');
      }
    }

    render(fragment, feed) {
      // The fragment is the plugin's sanitised renderer output: plain document tags and safe links only.
      this.shadowRoot.innerHTML = '<style>' + STYLE + '</style>' + fragment;
      const article = this.shadowRoot.querySelector('article');
      if (article) article.setAttribute('part', 'notice');
      const history = this.shadowRoot.getElementById('notice-history');
      if (!history) return;
      if (feed) {
        const section = historySection(history.querySelector('h2').textContent, feed);
        // A history cut to its newest entries ends with a link to the whole list: keep it.
        const full = history.querySelector('table ~ p');
        if (full) section.append(full);
        history.replaceWith(section);
      }
      else history.remove();
    }
  }

  customElements.define('privacy-notice', PrivacyNoticeElement);

  const UPDATE_TEXTS = {
    fi: { updated: 'Tietosuojaselostetta on päivitetty {date}', upcoming: 'Muutos astuu voimaan {date}', diff: 'Katso muutokset', dismiss: 'Sulje' },
    sv: { updated: 'Dataskyddsbeskrivningen har uppdaterats {date}', upcoming: 'Ändringen träder i kraft {date}', diff: 'Se ändringarna', dismiss: 'Stäng' },
    en: { updated: 'The privacy notice was updated on {date}', upcoming: 'A change takes effect on {date}', diff: 'See what changed', dismiss: 'Close' },
  };

  const UPDATE_STYLE = [
    ':host { display: block; font: var(--privacy-notice-font, inherit); }',
    ':host([hidden]) { display: none; }',
    '.box { position: relative; margin: 0 0 1em; padding: 0.75em 2.5em 0.75em 1em; border: 1px solid var(--privacy-notice-border-color, #c8c8c8); background: var(--privacy-notice-update-background, #fffbe6); }',
    '.box p, .box ul { margin: 0.25em 0; }',
    'a { color: var(--privacy-notice-link-color, #0b57d0); }',
    'button { position: absolute; top: 0.4em; right: 0.4em; border: 0; background: none; font-size: 1.25em; cursor: pointer; }',
  ].join('\n');

  /** A date as readers in the language write it: 12.7.2024 in Finnish and Swedish, 12 July 2024 in English. */
  function readerDate(value, locale) {
    const date = new Date(value.length === 10 ? value + 'T12:00:00' : value);
    if (locale === 'fi' || locale === 'sv') return date.getDate() + '.' + (date.getMonth() + 1) + '.' + date.getFullYear();
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  class PrivacyNoticeUpdatesElement extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      this.load();
    }

    /** What this browser remembers of the notice: the version last seen and the announcement last dismissed. */
    get storageKey() {
      return 'privacy-notice-updates:' + API + ':' + this.getAttribute('slug');
    }

    remembered() {
      try {
        return JSON.parse(localStorage.getItem(this.storageKey) || 'null');
      } catch {
        return null;
      }
    }

    remember(state) {
      try {
        localStorage.setItem(this.storageKey, JSON.stringify(state));
      } catch {
        // Storage refused (private mode, full): the notice simply shows again next time.
      }
    }

    async load() {
      const slug = this.getAttribute('slug');
      if (!slug) return;
      const locale = languageOf(this);
      let versions;
      try {
        // Revalidated on every page (a 304 while nothing changed), so that a new version is told at once;
        // the newest 100 (the largest page, newest first), so that a long history still shows the latest.
        versions = (await request('notices/' + encodeURIComponent(slug) + '/versions', { locale, pageSize: '100' }, 'no-cache').then((r) => r.json())).data;
      } catch {
        return; // Nothing to tell: the page goes on without the element.
      }
      const now = Date.now();
      const inEffect = versions.filter((v) => Date.parse(v.effectiveFrom) <= now);
      const current = inEffect.reduce((max, v) => Math.max(max, v.version), 0);
      const state = this.remembered();
      const seen = state && typeof state.seen === 'number' ? state.seen : null;
      const dismissedUpcoming = (state && state.upcomingDismissed) || 0;
      // A first visit: the reader sees the notice as it is now; only later changes are news.
      const changed = seen === null ? [] : inEffect.filter((v) => v.version > seen && v.material).sort((a, b) => b.version - a.version);
      if (seen === null || (changed.length === 0 && current > seen)) this.remember({ seen: current, upcomingDismissed: dismissedUpcoming });
      const upcoming = versions
        .filter((v) => Date.parse(v.effectiveFrom) > now && v.material && v.version > dismissedUpcoming)
        .sort((a, b) => a.version - b.version)[0];
      this.render(locale, changed, seen, current, upcoming);
    }

    diffLink(slug, from, to, locale) {
      const template = this.getAttribute('diff-url');
      if (template) return template.replace('{from}', from).replace('{to}', to);
      const url = new URL('notices/' + encodeURIComponent(slug) + '/diff', API);
      url.searchParams.set('from', from);
      url.searchParams.set('to', to);
      if (locale) url.searchParams.set('locale', locale);
      return url.href;
    }

    box(part, heading, summaries, link, onDismiss, texts) {
      const box = document.createElement('div');
      box.className = 'box';
      box.setAttribute('part', part);
      box.setAttribute('role', 'status');
      const title = document.createElement('p');
      const strong = document.createElement('strong');
      strong.textContent = heading;
      title.append(strong);
      box.append(title);
      const lines = summaries.filter(Boolean);
      if (lines.length > 0) {
        const list = document.createElement('ul');
        lines.forEach((line) => {
          const item = document.createElement('li');
          item.textContent = line;
          list.append(item);
        });
        box.append(list);
      }
      if (link) {
        const paragraph = document.createElement('p');
        const anchor = document.createElement('a');
        anchor.href = link;
        anchor.textContent = texts.diff;
        paragraph.append(anchor);
        box.append(paragraph);
      }
      const close = document.createElement('button');
      close.type = 'button';
      close.setAttribute('part', 'dismiss');
      close.setAttribute('aria-label', texts.dismiss);
      close.textContent = '×';
      close.addEventListener('click', () => {
        onDismiss();
        box.remove();
        if (!this.shadowRoot.querySelector('.box')) this.hidden = true;
      });
      box.append(close);
      return box;
    }

    render(locale, changed, seen, current, upcoming) {
      const texts = UPDATE_TEXTS[locale] || UPDATE_TEXTS.en;
      const slug = this.getAttribute('slug');
      this.shadowRoot.innerHTML = '<style>' + UPDATE_STYLE + '</style>';
      if (changed.length > 0) {
        const heading = texts.updated.replace('{date}', readerDate(changed[0].updatedOn, locale));
        const dismiss = () => {
          const state = this.remembered() || {};
          this.remember({ seen: current, upcomingDismissed: state.upcomingDismissed || 0 });
        };
        this.shadowRoot.append(this.box('update', heading, changed.map((v) => v.changeSummary), this.diffLink(slug, seen, current, locale), dismiss, texts));
      }
      if (upcoming) {
        const heading = texts.upcoming.replace('{date}', readerDate(upcoming.effectiveFrom, locale));
        const dismiss = () => {
          const state = this.remembered() || {};
          this.remember({ seen: typeof state.seen === 'number' ? state.seen : current, upcomingDismissed: upcoming.version });
        };
        this.shadowRoot.append(this.box('upcoming', heading, [upcoming.changeSummary], this.diffLink(slug, current, upcoming.version, locale), dismiss, texts));
      }
      this.hidden = !this.shadowRoot.querySelector('.box');
    }
  }

  if (!customElements.get('privacy-notice-updates')) customElements.define('privacy-notice-updates', PrivacyNoticeUpdatesElement);
})();
