import { DASHBOARD_LABELS } from './dashboard-labels';

/**
 * The dashboard at /dashboard: a static page and a small script with no framework, which
 * asks the API's own GraphQL (the queries a partner portal would write) and writes the answers
 * into the page with textContent only. Everything comes from this server (see the CSP).
 */
export const DASHBOARD_ASSETS_PATH = '/dashboard/assets';

export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The sections, in page order: the id of each and its heading's label. */
const SECTIONS = [
  'deadlines',
  'missed',
  'notices',
  'reviews',
  'licences',
  'alerts',
  'deliveries',
] as const;

export function dashboardPage(): string {
  const en = DASHBOARD_LABELS.en;
  const sections = SECTIONS.map(
    (id) => `      <section id="section-${id}" aria-labelledby="heading-${id}">
        <h2 id="heading-${id}" data-label="${id}">${en[id]}</h2>
        <div class="body" aria-live="polite"></div>
      </section>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <title>${en.title}</title>
    <link rel="stylesheet" href="${DASHBOARD_ASSETS_PATH}/dashboard.css" />
  </head>
  <body>
    <header>
      <h1 data-label="title">${en.title}</h1>
      <form id="sign-in">
        <label for="language" data-label="language">${en.language}</label>
        <select id="language">
          <option value="en" lang="en">English</option>
          <option value="zh-CN" lang="zh-CN">简体中文</option>
        </select>
        <label for="token" data-label="token">${en.token}</label>
        <input id="token" type="password" autocomplete="off" aria-describedby="token-help" />
        <p id="token-help" data-label="tokenHelp">${en.tokenHelp}</p>
        <button type="submit" data-label="load">${en.load}</button>
      </form>
      <p id="who" role="status"></p>
    </header>
    <main>
${sections}
    </main>
    <script src="${DASHBOARD_ASSETS_PATH}/dashboard.js"></script>
  </body>
</html>
`;
}

/** Dark text on white and a visible focus ring: WCAG AA contrast, usable by keyboard. */
export const DASHBOARD_CSS = `body { font: 16px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 72rem; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #1a1a1a; }
form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
#token-help { flex-basis: 100%; margin: 0; color: #333; font-size: .9rem; }
input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid #444; border-radius: 3px; }
button { background: #0b4f8a; color: #fff; border-color: #0b4f8a; cursor: pointer; }
:focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #767676; vertical-align: top; }
th { background: #eef2f6; }
.count { font-weight: 600; }
.notice { color: #7a2e00; }
`;

const QUERIES = {
  me: 'query DashboardMe { me { email partyCode roles } }',
  deadlines: `query DashboardDeadlines { upcomingDeadlines(within: 90, first: 50) { totalCount nodes { id dueOn article description obligorParty status } } }`,
  missed: `query DashboardMissed { obligations(filter: { status: MISSED }, first: 50) { totalCount nodes { id dueOn article description obligorParty status } } }`,
  notices: `query DashboardNotices { cure: notices(filter: { state: CURE_RUNNING }, first: 50) { totalCount nodes { id kind subject senderParty state cureDeadline } } window: notices(filter: { state: WINDOW_RUNNING }, first: 50) { totalCount nodes { id kind subject senderParty state negotiationWindow { windowEndsOn } } } }`,
  reviews: `query DashboardReviews { exportChecks(filter: { needsReview: true }, first: 50) { totalCount nodes { id runAt destination runParty decision } } }`,
  licences: `query DashboardLicences { exportLicenses(filter: { expiringWithinDays: 90 }, first: 50) { totalCount nodes { id number validTo destinations } } }`,
  // The party's recent alerts (ADMIN, LEGAL, COMPLIANCE) and their webhook deliveries (ADMIN).
  alerts: `query DashboardAlerts { alerts(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount nodes { id raisedOn kind title article dueOn } } }`,
  deliveries: `query DashboardDeliveries { webhookDeliveries(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount nodes { id createdAt status attempts lastResponseStatus } } }`,
};

/**
 * The page's script: reads a token from the form (or from the address's #token=…, which never
 * reaches a server, and is then wiped from the address bar), runs one query per section so
 * that a section the role may not see says so without hiding the others, and redraws labels
 * when the language changes. The token lives in this page's memory only.
 */
export const DASHBOARD_SCRIPT = `'use strict';
(function () {
  var LABELS = ${JSON.stringify(DASHBOARD_LABELS)};
  var QUERIES = ${JSON.stringify(QUERIES)};
  var lang = 'en';
  var token = '';
  var results = {};
  var whoAmI = null;

  function t(key) { return LABELS[lang][key]; }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function gql(query) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch('/graphql', {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: JSON.stringify({ query: query }),
    }).then(function (r) { return r.json(); });
  }

  function table(id, columns, rows) {
    var tbl = el('table');
    tbl.appendChild(el('caption', t(id) + ' (' + rows.length + ')', { class: 'count' }));
    var head = el('tr');
    columns.forEach(function (c) { head.appendChild(el('th', t(c[0]), { scope: 'col' })); });
    tbl.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    rows.forEach(function (row) {
      var tr = el('tr');
      columns.forEach(function (c) { tr.appendChild(el('td', c[1](row))); });
      body.appendChild(tr);
    });
    tbl.appendChild(body);
    return tbl;
  }

  var obligationColumns = [
    ['due', function (o) { return o.dueOn; }],
    ['article', function (o) { return o.article; }],
    ['obligation', function (o) { return o.description; }],
    ['obligor', function (o) { return o.obligorParty || ''; }],
    ['status', function (o) { return o.status; }],
  ];
  var VIEWS = {
    deadlines: function (d) { return table('deadlines', obligationColumns, d.upcomingDeadlines.nodes); },
    missed: function (d) { return table('missed', obligationColumns, d.obligations.nodes); },
    notices: function (d) {
      return table('notices', [
        ['kind', function (n) { return n.kind; }],
        ['subject', function (n) { return n.subject; }],
        ['sender', function (n) { return n.senderParty; }],
        ['state', function (n) { return n.state; }],
        ['ends', function (n) { return n.cureDeadline || (n.negotiationWindow && n.negotiationWindow.windowEndsOn) || ''; }],
      ], d.cure.nodes.concat(d.window.nodes));
    },
    reviews: function (d) {
      return table('reviews', [
        ['runAt', function (c) { return c.runAt.slice(0, 10); }],
        ['destination', function (c) { return c.destination; }],
        ['sender', function (c) { return c.runParty; }],
        ['decision', function (c) { return c.decision; }],
      ], d.exportChecks.nodes);
    },
    licences: function (d) {
      return table('licences', [
        ['licence', function (l) { return l.number; }],
        ['validTo', function (l) { return l.validTo; }],
        ['destinations', function (l) { return l.destinations.join(', '); }],
      ], d.exportLicenses.nodes);
    },
    alerts: function (d) {
      return table('alerts', [
        ['raised', function (a) { return a.raisedOn; }],
        ['article', function (a) { return a.article; }],
        ['alert', function (a) { return a.title; }],
        ['due', function (a) { return a.dueOn || ''; }],
      ], d.alerts.nodes);
    },
    deliveries: function (d) {
      return table('deliveries', [
        ['queued', function (w) { return w.createdAt.slice(0, 16).replace('T', ' '); }],
        ['status', function (w) { return w.status; }],
        ['attempts', function (w) { return w.attempts; }],
        ['response', function (w) { return w.lastResponseStatus === null ? '' : w.lastResponseStatus; }],
      ], d.webhookDeliveries.nodes);
    },
  };

  function draw(id) {
    var section = document.getElementById('section-' + id);
    var body = section.querySelector('.body');
    body.textContent = '';
    var result = results[id];
    section.setAttribute('aria-busy', result ? 'false' : 'true');
    if (!result) { body.appendChild(el('p', t('loading'))); return; }
    var codes = (result.errors || []).map(function (e) { return e.extensions && e.extensions.code; });
    if (codes.indexOf('FORBIDDEN') >= 0) { body.appendChild(el('p', t('notPermitted'), { class: 'notice' })); return; }
    if (codes.length || !result.data) { body.appendChild(el('p', t('failed'), { class: 'notice' })); return; }
    body.appendChild(VIEWS[id](result.data));
  }

  function drawAll() {
    document.documentElement.lang = lang;
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-label]'), function (node) {
      node.textContent = t(node.getAttribute('data-label'));
    });
    document.getElementById('who').textContent = whoAmI
      ? t('signedInAs') + ' ' + whoAmI.email + ' (' + whoAmI.partyCode + ', ' + whoAmI.roles.join(', ') + ')'
      : '';
    if (whoAmI) Object.keys(VIEWS).forEach(draw);
  }

  function load() {
    results = {};
    return gql(QUERIES.me).then(function (me) {
      whoAmI = me.data ? me.data.me : null;
      drawAll();
      // Without a token and without a sign-in in front of the page, there is nothing to say yet.
      if (!whoAmI) { document.getElementById('who').textContent = token ? t('signInFailed') : ''; return; }
      return Promise.all(Object.keys(VIEWS).map(function (id) {
        return gql(QUERIES[id]).then(function (r) { results[id] = r; }, function () { results[id] = { errors: [{}] }; })
          .then(function () { draw(id); });
      }));
    }).then(function () { document.body.setAttribute('data-loaded', 'true'); });
  }

  var select = document.getElementById('language');
  var asked = new URLSearchParams(location.search).get('lang');
  lang = asked && LABELS[asked] ? asked : (navigator.language || '').toLowerCase().indexOf('zh') === 0 ? 'zh-CN' : 'en';
  select.value = lang;
  select.addEventListener('change', function () { lang = select.value; drawAll(); });
  document.getElementById('sign-in').addEventListener('submit', function (event) {
    event.preventDefault();
    token = document.getElementById('token').value.trim();
    document.body.removeAttribute('data-loaded');
    load();
  });
  var fromAddress = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (fromAddress) {
    token = decodeURIComponent(fromAddress[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  drawAll();
  load();
})();
`;
