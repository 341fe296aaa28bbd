/*
 * <privacy-notice slug="asiakasrekisteri" lang="fi" show-history></privacy-notice>
 *
 * Shows a published privacy notice on any web page: load this script from the Strapi that
 * serves the notices and place the element. The notice is the plugin's sanitised HTML fragment;
 * with `show-history` the change log follows it. Optional: `version="2"` shows that version.
 * Style it with the --privacy-notice-* custom properties below or ::part(notice|history|error).
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
    '[part="error"] { color: var(--privacy-notice-error-color, #b3261e); }',
  ].join('\n');

  function languageOf(element) {
    const lang = element.getAttribute('lang') || document.documentElement.lang || '';
    return lang.slice(0, 2).toLowerCase();
  }

  function request(path, params) {
    const url = new URL(path, API);
    Object.keys(params).forEach(function (name) {
      if (params[name]) url.searchParams.set(name, params[name]);
    });
    return fetch(url.href, { credentials: 'omit' }).then(function (response) {
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
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.title;
      const summary = document.createElement('p');
      // The change summary is plain text (JSON Feed puts a lone description in content_html); shown as text.
      summary.textContent = item.summary || item.content_html || '';
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
      if (feed) history.replaceWith(historySection(history.querySelector('h2').textContent, feed));
      else history.remove();
    }
  }

  customElements.define('privacy-notice', PrivacyNoticeElement);
})();
