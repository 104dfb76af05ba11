// Bastion's admin console: a client of the public admin API (docs/webapp.md), nothing more.
// Untrusted text (names, questions, answers, audit bodies) goes in through text nodes only; every plot is Chart.js.
import {
  ApiError, api, applyI18n, currentSession, getLang, h, logout, mountLangSwitch, mountLogin, t,
} from './common.js';
import './admin-i18n.js';

const $ = (id) => document.getElementById(id);
const state = { session: null, tab: null, loaded: new Set(), stats: null, tenants: [], assistants: [],
                kbs: [], kb: null, assistant: null, policy: null, policies: [], audit: [], auditSeq: 0, statsSeq: 0 };
const ADMIN_ROLES = ['admin', 'tenant-admin'];
const TABS = ['dashboard', 'assistants', 'knowledge', 'keys', 'policies', 'memory', 'audit'];
const LOADERS = {};

// -- small helpers ---------------------------------------------------------------------------------------------
const enc = encodeURIComponent;
const i18n = (tag, key, attrs = {}) => h(tag, { ...attrs, 'data-i18n': key }, t(key));
const locale = () => (getLang() === 'ko' ? 'ko-KR' : 'en-US');
const num = (n, digits = 0) => (n === null || n === undefined ? '–'
  : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n));
const usd = (v) => `$${new Intl.NumberFormat(locale(), { maximumSignificantDigits: 3 }).format(v)}`;
const pct = (r) => (r === null || r === undefined ? '–' : `${num(r * 100, 1)}%`);
const when = (v) => {
  if (v === null || v === undefined || v === '') return '';
  const d = typeof v === 'number' ? new Date(v * 1000) : new Date(v);
  return Number.isNaN(d.getTime()) ? String(v) : d.toLocaleString(locale());
};
const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);
const csv = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

function showError(el, err) {
  if (!el) return;
  if (!err) { el.hidden = true; el.textContent = ''; return; }
  el.textContent = err instanceof ApiError || err instanceof Error ? err.message : String(err);
  el.hidden = false;
}

function say(el, text) { if (el) el.textContent = text || ''; }

// A table from column specs: [{key: i18n key, cell: row => Node|string}], with a caption for screen readers.
function table(columns, rows, { caption, empty = 'common.none' } = {}) {
  if (!rows.length) return i18n('p', empty, { class: 'hint' });
  return h('table', { class: 'data' },
    caption ? h('caption', { class: 'visually-hidden', 'data-i18n': caption }, t(caption)) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', 'data-i18n': c.key }, t(c.key))))),
    h('tbody', {}, rows.map((r) => h('tr', {}, columns.map((c) => h('td', { 'data-label': t(c.key) }, c.cell(r)))))));
}

function button(key, onclick, attrs = {}) {
  return h('button', { type: 'button', onclick, ...attrs, 'data-i18n': key }, t(key));
}

async function guarded(errorEl, fn) {
  showError(errorEl, null);
  try {
    return await fn();
  } catch (err) {
    showError(errorEl, err);
    return undefined;
  }
}

function csrfToken() {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'bastion_csrf') return decodeURIComponent(v.join('='));
  }
  return state.session?.csrf_token || null;
}

const isAdmin = () => state.session?.role === 'admin';

// -- start-up, login, tabs -------------------------------------------------------------------------------------
async function boot() {
  applyI18n(document);
  mountLangSwitch($('lang'));
  window.addEventListener('bastion:lang', () => { if (state.stats) drawStats(state.stats); });
  $('logout').addEventListener('click', async () => { await logout().catch(() => {}); window.location.reload(); });
  let session = null;
  try {
    session = await currentSession();
  } catch (err) {
    $('booting').textContent = err.message;
    return;
  }
  $('booting').hidden = true;
  if (session) start(session);
  else showLogin();
}

function showLogin() {
  $('login').hidden = false;
  mountLogin($('login'), (session) => { $('login').hidden = true; $('login').replaceChildren(); start(session); });
}

function start(session) {
  state.session = session;
  $('who').textContent = `${session.name || session.key_prefix || ''} · ${session.role} · ${session.tenant}`;
  $('who').hidden = false;
  $('logout').hidden = false;
  if (!ADMIN_ROLES.includes(session.role)) {
    $('denied').hidden = false;
    return;
  }
  $('console').hidden = false;
  setupTabs();
  setupDashboard();
  setupAssistants();
  setupKnowledge();
  setupKeys();
  setupPolicies();
  setupMemory();
  setupAudit();
  const wanted = window.location.hash.slice(1);
  select(TABS.includes(wanted) ? wanted : 'dashboard', false);
}

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab.dataset.tab, true));
    tab.addEventListener('keydown', (ev) => {
      const i = tabs.indexOf(tab);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[ev.key];
      if (next === undefined) return;
      ev.preventDefault();
      const target = tabs[(next + tabs.length) % tabs.length];
      select(target.dataset.tab, true);
      target.focus();
    });
  }
  window.addEventListener('hashchange', () => {
    const wanted = window.location.hash.slice(1);
    if (TABS.includes(wanted) && wanted !== state.tab) select(wanted, false);
  });
}

function select(name, push) {
  state.tab = name;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  if (push && window.location.hash !== `#${name}`) window.history.replaceState(null, '', `#${name}`);
  if (!state.loaded.has(name)) {
    state.loaded.add(name);
    LOADERS[name]?.();
  }
}

async function loadTenants() {
  try {
    state.tenants = (await api('/admin/tenants')).data;
  } catch {
    state.tenants = [{ id: state.session.tenant, name: state.session.tenant }];
  }
  return state.tenants;
}

function fillTenantSelect(sel, { all = false } = {}) {
  const keep = sel.value;
  sel.replaceChildren(...(all ? [i18n('option', 'common.all_tenants', { value: '' })] : []),
    ...state.tenants.map((tn) => h('option', { value: tn.id }, tn.id)));
  if ([...sel.options].some((o) => o.value === keep)) sel.value = keep;
  else if (!all) sel.value = state.session.tenant;
}

// -- dashboards --------------------------------------------------------------------------------------------------
const COLORS = ['#1f5fbf', '#d9480f', '#2b8a3e', '#ae3ec9', '#e67700', '#0b7285', '#c92a2a', '#5c940d'];

function setupDashboard() {
  $('dash-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadStats(); });
  $('dash-range').addEventListener('change', loadStats);
  $('dash-tenant').addEventListener('change', loadStats);
  LOADERS.dashboard = async () => {
    if (isAdmin()) {
      $('dash-tenant-field').hidden = false;
      fillTenantSelect($('dash-tenant'), { all: true });
      loadTenants().then(() => fillTenantSelect($('dash-tenant'), { all: true }));
    }
    await loadStats();
  };
}

async function loadStats() {
  const range = Number($('dash-range').value);
  const params = new URLSearchParams({ since: new Date(Date.now() - range * 1000).toISOString() });
  if (isAdmin() && $('dash-tenant').value) params.set('tenant', $('dash-tenant').value);
  say($('dash-status'), t('common.loading'));
  const seq = ++state.statsSeq;
  const data = await guarded($('dash-error'), () => api(`/admin/stats?${params}`));
  if (seq !== state.statsSeq) return;  // a newer range was asked for meanwhile
  say($('dash-status'), '');
  if (!data) return;
  state.stats = data;
  state.statsAt = new Date();
  drawStats(data);
}

function timeLabels(data) {
  const span = (new Date(data.until) - new Date(data.since)) / 1000;
  let opts = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  if (data.bucket >= 86400) opts = { month: 'short', day: 'numeric' };
  else if (span <= 86400 * 1.01) opts = { hour: '2-digit', minute: '2-digit' };
  else if (data.bucket >= 3600) opts = { month: 'short', day: 'numeric', hour: '2-digit' };
  const fmt = new Intl.DateTimeFormat(locale(), opts);
  return data.buckets.map((b) => fmt.format(new Date(b)));
}

function plot(id, config, summary) {
  const canvas = $(id);
  const Chart = window.Chart;
  if (!Chart) throw new Error('Chart.js did not load');
  Chart.getChart(canvas)?.destroy();
  canvas.setAttribute('aria-label', summary);
  const muted = getComputedStyle(document.body).getPropertyValue('--muted').trim() || '#5a6472';
  Chart.defaults.color = muted;
  return new Chart(canvas, {
    ...config,
    options: { animation: false, responsive: true, maintainAspectRatio: false,
               interaction: { mode: 'index', intersect: false },
               plugins: { legend: { position: 'bottom' } }, ...config.options },
  });
}

function drawStats(d) {
  say($('dash-status'), t('dash.updated', { time: state.statsAt.toLocaleTimeString(locale()) }));
  const labels = timeLabels(d);
  const tr = d.traffic;
  const lat = d.latency.overall;
  $('dash-note').hidden = !d.truncated && d.cost.enabled;
  $('dash-note').textContent = [d.truncated ? t('dash.truncated', { since: when(d.complete_since) }) : '',
    d.cost.enabled ? '' : t('dash.no_cost')].filter(Boolean).join(' ');
  tiles(d);
  const trafficSum = t('sum.traffic', { requests: num(tr.requests), errors: num(tr.errors),
                                        tokens: num(tr.prompt_tokens + tr.completion_tokens) });
  say($('sum-traffic'), trafficSum);
  plot('chart-traffic', {
    type: 'bar',
    data: { labels, datasets: [
      { type: 'line', label: t('ds.requests'), data: tr.series.map((b) => b.requests), yAxisID: 'y',
        borderColor: COLORS[0], backgroundColor: COLORS[0], tension: 0.2, pointRadius: 2 },
      { type: 'line', label: t('ds.errors'), data: tr.series.map((b) => b.errors), yAxisID: 'y',
        borderColor: COLORS[6], backgroundColor: COLORS[6], tension: 0.2, pointRadius: 2 },
      { label: t('ds.prompt_tokens'), data: tr.series.map((b) => b.prompt_tokens), yAxisID: 'y1',
        backgroundColor: '#74c0fc', stack: 'tokens' },
      { label: t('ds.completion_tokens'), data: tr.series.map((b) => b.completion_tokens), yAxisID: 'y1',
        backgroundColor: '#ffc078', stack: 'tokens' }] },
    options: { scales: { y: { beginAtZero: true, position: 'left', title: { display: true, text: t('ds.requests') },
                              ticks: { precision: 0 } },
                         y1: { beginAtZero: true, position: 'right', stacked: true, grid: { drawOnChartArea: false },
                               title: { display: true, text: t('ds.tokens') } },
                         x: { stacked: true } } },
  }, trafficSum);
  const latSum = t('sum.latency', { p50: num(lat.p50, 1), p95: num(lat.p95, 1), p99: num(lat.p99, 1),
                                    count: num(lat.count) });
  say($('sum-latency'), latSum);
  plot('chart-latency', {
    type: 'line',
    data: { labels, datasets: ['p50', 'p95', 'p99'].map((p, i) => ({
      label: p, data: d.latency.series.map((b) => b[p]), borderColor: COLORS[i], backgroundColor: COLORS[i],
      spanGaps: true, pointRadius: 2, tension: 0.2 })) },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'ms' } } } },
  }, latSum);
  drawCache(d, labels);
  drawCost(d);
  drawGuardrails(d);
  drawAbusers(d);
  drawFeedback(d);
  drawRefusals(d, labels);
}

function tiles(d) {
  const tile = (key, value) => h('div', { class: 'tile' }, h('span', { class: 'tile-value' }, value),
    i18n('span', key, { class: 'tile-label' }));
  $('dash-tiles').replaceChildren(
    tile('tile.requests', num(d.traffic.requests)),
    tile('tile.errors', num(d.traffic.errors)),
    tile('tile.p95', `${num(d.latency.overall.p95, 0)} ms`),
    tile('tile.cost', d.cost.enabled ? usd(d.cost.total) : '–'),
    tile('tile.cache', pct(d.cache.hit_rate)),
    tile('tile.blocked', num(d.guardrails.blocked)),
    tile('tile.flagged', num(d.guardrails.flagged)),
    tile('tile.refusals', pct(d.refusals.rate)));
}

function drawCache(d, labels) {
  const c = d.cache;
  const layers = Object.entries(c.layers).map(([k, v]) => `${k} ${num(v)}`).join(', ');
  const sum = t('sum.cache', { rate: pct(c.hit_rate), hits: num(c.hits), misses: num(c.misses),
                               bypass: num(c.bypass) }) + (layers ? ` (${layers})` : '');
  say($('sum-cache'), sum);
  plot('chart-cache', {
    type: 'line',
    data: { labels, datasets: [{ label: t('ds.hit_rate'), data: c.series.map((b) => (b.hit_rate === null ? null
      : Math.round(b.hit_rate * 1000) / 10)), borderColor: COLORS[2], backgroundColor: COLORS[2], spanGaps: true,
                                 pointRadius: 3 }] },
    options: { scales: { y: { beginAtZero: true, suggestedMax: 100, title: { display: true, text: '%' } } } },
  }, sum);
}

function drawCost(d) {
  const rows = d.cost.data.filter((r) => r.cost > 0 || r.model);
  const sum = d.cost.enabled ? t('sum.cost', { total: usd(d.cost.total) }) : t('dash.no_cost');
  say($('sum-cost'), sum);
  plot('chart-cost', {
    type: 'bar',
    data: { labels: rows.map((r) => `${r.tenant_id} · ${r.model || t('dash.no_model')}`),
            datasets: [{ label: 'USD', data: rows.map((r) => r.cost), backgroundColor: COLORS[4] }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } },
               scales: { x: { beginAtZero: true, ticks: { callback: (v) => usd(v) } } } },
  }, sum);
}

function drawGuardrails(d) {
  const g = d.guardrails;
  const cats = g.categories.filter((c) => c.blocked || c.flagged);
  const sum = t('sum.guardrails', { blocked: num(g.blocked), flagged: num(g.flagged), masked: num(g.masked) });
  say($('sum-guardrails'), sum);
  plot('chart-guardrails', {
    type: 'bar',
    data: { labels: cats.map((c) => c.category), datasets: [
      { label: t('ds.blocked'), data: cats.map((c) => c.blocked), backgroundColor: COLORS[6] },
      { label: t('ds.flagged'), data: cats.map((c) => c.flagged), backgroundColor: COLORS[4] }] },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  }, sum);
}

function drawAbusers(d) {
  const rows = d.abusers;
  const label = (a) => `${a.name || a.prefix || a.key_id}`;
  const sum = rows.length ? t('sum.abusers', { n: num(rows.length) }) : t('common.none');
  say($('sum-abusers'), sum);
  plot('chart-abusers', {
    type: 'bar',
    data: { labels: rows.map(label), datasets: [
      { label: t('ds.blocked'), data: rows.map((a) => a.blocked), backgroundColor: COLORS[6] },
      { label: t('ds.flagged'), data: rows.map((a) => a.flagged), backgroundColor: COLORS[4] }] },
    options: { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
                                         y: { stacked: true } } },
  }, sum);
  const stateOf = (a) => [a.suspended && t('state.suspended'), a.throttled && t('state.throttled'),
    a.disabled && t('state.disabled')].filter(Boolean).join(', ') || t('state.active');
  $('abusers-table').replaceChildren(table([
    { key: 'col.key', cell: (a) => h('span', {}, label(a), ' ', h('code', {}, a.prefix || a.key_id)) },
    { key: 'col.tenant', cell: (a) => a.tenant_id },
    { key: 'col.offenses', cell: (a) => num(a.offenses) },
    { key: 'col.state', cell: stateOf },
  ], rows, { caption: 'chart.abusers' }));
}

function drawFeedback(d) {
  const rows = d.feedback;
  const name = (f) => f.assistant || t('dash.raw_routes');
  const sum = rows.map((f) => t('sum.feedback', { name: name(f), ratio: pct(f.ratio), votes: num(f.votes) }))
    .join(' · ') || t('common.none');
  say($('sum-feedback'), sum);
  plot('chart-feedback', {
    type: 'bar',
    data: { labels: rows.map(name), datasets: [
      { label: t('ds.up'), data: rows.map((f) => f.up), backgroundColor: COLORS[2] },
      { label: t('ds.down'), data: rows.map((f) => f.down), backgroundColor: COLORS[6] }] },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  }, sum);
}

function drawRefusals(d, labels) {
  const r = d.refusals;
  const sum = t('sum.refusals', { rate: pct(r.rate), refused: num(r.refused), asked: num(r.assistant_requests) });
  say($('sum-refusals'), sum);
  plot('chart-refusals', {
    type: 'line',
    data: { labels, datasets: [{ label: t('ds.refusal_rate'), data: r.series.map((b) => (b.rate === null ? null
      : Math.round(b.rate * 1000) / 10)), borderColor: COLORS[3], backgroundColor: COLORS[3], spanGaps: true,
                                 pointRadius: 3 }] },
    options: { scales: { y: { beginAtZero: true, suggestedMax: 100, title: { display: true, text: '%' } } } },
  }, sum);
}

// -- assistants --------------------------------------------------------------------------------------------------
function setupAssistants() {
  LOADERS.assistants = loadAssistants;
  $('asst-new').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = $('asst-new-name').value.trim();
    if (name) openAssistant(name, true);
  });
  $('asst-form').addEventListener('submit', (ev) => { ev.preventDefault(); saveAssistant(); });
}

async function loadAssistants() {
  const [list, models, kbs] = await Promise.all([
    guarded($('asst-error'), () => api('/v1/assistants')),
    api('/v1/models').catch(() => ({ data: [] })),
    api('/v1/knowledge').catch(() => ({ data: [] }))]);
  if (!list) return;
  state.assistants = list.data;
  state.kbs = kbs.data;
  const routes = models.data.filter((m) => m.bastion?.kind === 'chat').map((m) => m.id);
  $('asst-route').replaceChildren(...routes.map((r) => h('option', { value: r }, r)));
  $('asst-list').replaceChildren(table([
    { key: 'col.name', cell: (a) => h('button', { type: 'button', class: 'link', onclick: () => openAssistant(a.name) },
                                       a.name) },
    { key: 'col.route', cell: (a) => a.route },
    { key: 'col.strategy', cell: (a) => a.strategy },
    { key: 'col.kbs', cell: (a) => (a.knowledge_bases || []).join(', ') },
    { key: 'col.version', cell: (a) => String(a.version) },
  ], state.assistants, { caption: 'asst.list' }));
}

async function openAssistant(name, isNew = false) {
  showError($('asst-error'), null);
  say($('asst-status'), '');
  let history = null;
  if (!isNew) history = await guarded($('asst-error'), () => api(`/admin/assistants/${enc(name)}`));
  const cfg = history ? history.current.config : {};
  state.assistant = { name, config: cfg };
  $('asst-editor-card').hidden = false;
  $('asst-editor-title').textContent = isNew ? t('asst.creating', { name }) : name;
  $('asst-description').value = cfg.description || '';
  $('asst-intro').value = cfg.intro || '';
  $('asst-starters').value = (cfg.starters || []).join('\n');
  $('asst-role').value = cfg.role ?? 'You are a helpful assistant.';
  $('asst-directive').value = cfg.directive || '';
  $('asst-strategy').value = cfg.strategy?.name || 'direct';
  const route = cfg.route;
  if (route && ![...$('asst-route').options].some((o) => o.value === route)) {
    $('asst-route').append(h('option', { value: route }, route));
  }
  if (route) $('asst-route').value = route;
  const chosen = new Set(cfg.retrieval?.knowledge_bases || []);
  const names = [...new Set([...state.kbs.map((k) => k.id), ...chosen])];
  $('asst-kbs').replaceChildren(i18n('legend', 'asst.kbs'), ...(names.length ? names.map((kb) => h('label', {
    class: 'check' }, h('input', { type: 'checkbox', value: kb, checked: chosen.has(kb) }), kb))
    : [i18n('p', 'asst.no_kbs', { class: 'hint' })]));
  drawVersions(history);
  $('asst-description').focus();
}

function drawVersions(history) {
  $('asst-versions').replaceChildren(table([
    { key: 'col.version', cell: (v) => String(v.version) },
    { key: 'col.created', cell: (v) => when(v.created_at) },
    { key: 'col.source', cell: (v) => v.source },
    { key: 'col.by', cell: (v) => v.created_by || '' },
    { key: 'col.deleted', cell: (v) => (v.deleted ? '✓' : '') },
  ], history ? [...history.versions].reverse() : [], { caption: 'asst.versions' }));
}

async function saveAssistant() {
  const a = state.assistant;
  if (!a) return;
  const cfg = { ...a.config };
  cfg.description = $('asst-description').value.trim();
  cfg.intro = $('asst-intro').value.trim();
  cfg.starters = lines($('asst-starters').value);
  cfg.role = $('asst-role').value.trim() || 'You are a helpful assistant.';
  cfg.directive = $('asst-directive').value.trim();
  cfg.strategy = { ...(cfg.strategy || {}), name: $('asst-strategy').value };
  cfg.route = $('asst-route').value;
  const kbs = [...$('asst-kbs').querySelectorAll('input:checked')].map((i) => i.value);
  cfg.retrieval = kbs.length ? { ...(cfg.retrieval || {}), knowledge_bases: kbs } : null;
  const saved = await guarded($('asst-error'), () => api(`/admin/assistants/${enc(a.name)}`,
    { method: 'PUT', json: cfg }));
  if (!saved) return;
  await loadAssistants();
  await openAssistant(a.name);
  say($('asst-status'), t('asst.saved', { version: saved.version }));
}

// -- knowledge bases ---------------------------------------------------------------------------------------------
function setupKnowledge() {
  LOADERS.knowledge = loadKbs;
  $('kb-create').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const kb = await guarded($('kb-create-error'), () => api('/v1/knowledge', { method: 'POST', json: {
      name: $('kb-name').value.trim(), description: $('kb-description').value.trim() } }));
    if (!kb) return;
    $('kb-name').value = '';
    $('kb-description').value = '';
    await loadKbs();
    openKb(kb.id);
  });
  $('kb-delete').addEventListener('click', async () => {
    const kb = state.kb;
    if (!kb || !window.confirm(t('kb.confirm_delete', { name: kb }))) return;
    if (await guarded($('kb-upload-error'), () => api(`/v1/knowledge/${enc(kb)}`, { method: 'DELETE' }))) {
      state.kb = null;
      $('kb-detail').hidden = true;
      loadKbs();
    }
  });
  $('kb-upload').addEventListener('submit', (ev) => { ev.preventDefault(); uploadFiles(); });
  $('kb-search').addEventListener('submit', (ev) => { ev.preventDefault(); searchKb(); });
}

async function loadKbs() {
  const list = await guarded($('kb-create-error'), () => api('/v1/knowledge'));
  if (!list) return;
  state.kbs = list.data;
  $('kb-list').replaceChildren(table([
    { key: 'col.name', cell: (k) => h('button', { type: 'button', class: 'link', onclick: () => openKb(k.id) }, k.id) },
    { key: 'col.description', cell: (k) => k.description },
    { key: 'col.documents', cell: (k) => num(k.documents) },
    { key: 'col.chunks', cell: (k) => num(k.chunks) },
    { key: 'col.version', cell: (k) => String(k.version) },
  ], state.kbs, { caption: 'kb.list' }));
}

async function openKb(name) {
  state.kb = name;
  $('kb-detail').hidden = false;
  $('kb-title').textContent = name;
  $('kb-results').replaceChildren();
  showError($('kb-upload-error'), null);
  say($('kb-upload-status'), '');
  await loadDocs();
}

async function loadDocs() {
  const kb = state.kb;
  const docs = await guarded($('kb-upload-error'), () => api(`/v1/knowledge/${enc(kb)}/documents`));
  if (!docs) return;
  $('kb-docs').replaceChildren(table([
    { key: 'col.name', cell: (d) => d.name },
    { key: 'col.title', cell: (d) => d.title },
    { key: 'col.format', cell: (d) => d.format },
    { key: 'col.chunks', cell: (d) => num(d.chunks) },
    { key: 'col.updated', cell: (d) => when(d.updated_at) },
    { key: 'col.actions', cell: (d) => button('common.delete', async () => {
      if (!window.confirm(t('kb.confirm_delete_doc', { name: d.name }))) return;
      if (await guarded($('kb-upload-error'), () => api(`/v1/knowledge/${enc(kb)}/documents/${d.id}`,
        { method: 'DELETE' }))) { await loadDocs(); loadKbs(); }
    }, { class: 'danger', 'aria-label': t('kb.delete_doc', { name: d.name }) }) },
  ], docs.data, { caption: 'kb.documents', empty: 'kb.no_docs' }));
}

// Multipart upload with XMLHttpRequest, for its upload progress events; then the ingestion job is polled.
function send(url, form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    const token = csrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else {
        const e = body?.error || {};
        reject(new ApiError(e.message || `HTTP ${xhr.status}`, { status: xhr.status, code: e.code, param: e.param }));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(t('common.network'), { status: 0 })));
    xhr.send(form);
  });
}

async function uploadFiles() {
  const kb = state.kb;
  const files = [...$('kb-files').files];
  if (!kb || !files.length) return;
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  if ($('kb-tags').value.trim()) form.append('tags', csv($('kb-tags').value).join(','));
  if ($('kb-groups').value.trim()) form.append('groups', csv($('kb-groups').value).join(','));
  const bar = $('kb-progress');
  const setBar = (fraction, key) => {
    bar.value = Math.round(fraction * 100);
    $('kb-progress-label').textContent = t(key, { pct: bar.value });
  };
  $('kb-progress-row').hidden = false;
  setBar(0, 'kb.uploading');
  const submit = $('kb-upload').querySelector('button[type="submit"]');
  submit.disabled = true;
  try {
    const job = await guarded($('kb-upload-error'), () => send(`/v1/knowledge/${enc(kb)}/documents`, form,
      (f) => setBar(f * 0.5, 'kb.uploading')));
    if (!job) return;
    const done = await guarded($('kb-upload-error'), () => pollJob(kb, job, setBar));
    if (!done) return;
    setBar(1, 'kb.ingested');
    const failed = done.files.filter((f) => f.status === 'failed');
    say($('kb-upload-status'), t('kb.job_done', { ok: done.files.length - failed.length, total: done.files.length }));
    if (failed.length) showError($('kb-upload-error'), failed.map((f) => `${f.name}: ${f.error || f.status}`).join('; '));
    $('kb-files').value = '';
    await loadDocs();
    loadKbs();
  } finally {
    submit.disabled = false;
  }
}

async function pollJob(kb, job, setBar) {
  const deadline = Date.now() + 10 * 60 * 1000;
  while (Date.now() < deadline) {
    const p = job.progress || { files_done: 0, files_total: 1 };
    setBar(0.5 + 0.5 * (p.files_done / Math.max(1, p.files_total)), 'kb.ingesting');
    if (job.status === 'done' || job.status === 'failed') {
      if (job.status === 'failed' && job.error) throw new Error(job.error);
      return job;
    }
    await new Promise((r) => { setTimeout(r, 400); });
    job = await api(`/v1/knowledge/${enc(kb)}/jobs/${enc(job.id)}`);
  }
  throw new Error(t('kb.job_slow'));
}

async function searchKb() {
  const kb = state.kb;
  const res = await guarded($('kb-search-error'), () => api(`/v1/knowledge/${enc(kb)}/search`, { method: 'POST',
    json: { query: $('kb-query').value.trim(), mode: $('kb-mode').value, top_k: 5 } }));
  if (!res) return;
  $('kb-results').replaceChildren(...(res.data.length ? res.data.map((hit) => h('li', { class: 'result' },
    h('p', { class: 'result-head' }, h('strong', {}, hit.document),
      hit.section ? ` › ${hit.section}` : '', hit.page ? ` · ${t('kb.page', { page: hit.page })}` : '',
      h('span', { class: 'badge' }, t('kb.score', { score: hit.similarity ?? hit.score }))),
    h('p', { class: 'snippet' }, hit.snippet))) : [i18n('li', 'kb.no_hits', { class: 'hint' })]));
}

// -- keys and tenants --------------------------------------------------------------------------------------------
function setupKeys() {
  LOADERS.keys = loadKeysTab;
  $('tenant-create').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { id: $('tenant-id').value.trim(), retention: $('tenant-retention').value };
    if ($('tenant-name').value.trim()) body.name = $('tenant-name').value.trim();
    if (await guarded($('tenant-error'), () => api('/admin/tenants', { method: 'POST', json: body }))) {
      $('tenant-id').value = '';
      $('tenant-name').value = '';
      loadKeysTab();
    }
  });
  $('key-create').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { name: $('key-name').value.trim(), role: $('key-role').value, tenant_id: $('key-tenant').value };
    const made = await guarded($('key-error'), () => api('/admin/keys', { method: 'POST', json: body }));
    if (!made) return;
    $('key-name').value = '';
    $('key-new-value').textContent = made.key;
    $('key-new').hidden = false;
    $('key-copy').focus();
    loadKeys();
  });
  $('key-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($('key-new-value').textContent);
      say($('key-copy'), t('keys.copied'));
    } catch {
      window.getSelection().selectAllChildren($('key-new-value'));
    }
  });
  $('key-dismiss').addEventListener('click', () => {
    $('key-new-value').textContent = '';
    $('key-new').hidden = true;
    say($('key-copy'), t('keys.copy'));
  });
}

async function loadKeysTab() {
  await loadTenants();
  fillTenantSelect($('key-tenant'));
  $('tenant-create').hidden = !isAdmin();
  $('tenant-list').replaceChildren(table([
    { key: 'col.id', cell: (x) => x.id },
    { key: 'col.name', cell: (x) => x.name },
    { key: 'col.policy', cell: (x) => x.policy || t('keys.default_policy') },
    { key: 'col.retention', cell: (x) => x.retention },
    { key: 'col.state', cell: (x) => (x.disabled ? t('state.disabled') : t('state.active')) },
  ], state.tenants, { caption: 'keys.tenants' }));
  await loadKeys();
}

async function loadKeys() {
  const keys = await guarded($('key-error'), () => api('/admin/keys'));
  if (!keys) return;
  const stateOf = (k) => [k.disabled && t('state.revoked'), k.suspended && t('state.suspended'),
    k.throttled && t('state.throttled')].filter(Boolean).join(', ') || t('state.active');
  $('key-list').replaceChildren(table([
    { key: 'col.name', cell: (k) => k.name || '–' },
    { key: 'col.prefix', cell: (k) => h('code', {}, k.prefix) },
    { key: 'col.tenant', cell: (k) => k.tenant_id },
    { key: 'col.role', cell: (k) => k.role },
    { key: 'col.created', cell: (k) => when(k.created_at) },
    { key: 'col.state', cell: stateOf },
    { key: 'col.actions', cell: (k) => h('span', { class: 'row' },
      k.disabled ? null : button('keys.revoke', async () => {
        if (!window.confirm(t('keys.confirm_revoke', { name: k.name || k.prefix }))) return;
        if (await guarded($('key-error'), () => api(`/admin/keys/${enc(k.id)}`, { method: 'DELETE' }))) loadKeys();
      }, { class: 'danger', 'aria-label': t('keys.revoke_named', { name: k.name || k.prefix }) }),
      k.suspended || k.throttled ? button('keys.lift', async () => {
        if (await guarded($('key-error'), () => api(`/admin/offenders/${enc(k.id)}/lift`, { method: 'POST' }))) {
          loadKeys();
        }
      }) : null) },
  ], keys.data, { caption: 'keys.keys' }));
}

// -- guardrail policies ------------------------------------------------------------------------------------------
function setupPolicies() {
  LOADERS.policies = loadPolicies;
  $('pol-new').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = $('pol-new-name').value.trim();
    const base = state.policies?.find((p) => p.default)?.config || {};
    if (name) openPolicy({ name, source: 'new', config: base });
  });
  $('pol-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const p = state.policy;
    let config;
    try {
      config = JSON.parse($('pol-config').value);
    } catch (err) {
      showError($('pol-error'), t('pol.bad_json', { error: err.message }));
      return;
    }
    const saved = await guarded($('pol-error'), () => api(`/admin/policies/${enc(p.name)}`,
      { method: 'PUT', json: config }));
    if (!saved) return;
    say($('pol-status'), t('pol.saved'));
    await loadPolicies();
    openPolicy(saved, true);
  });
  $('pol-delete').addEventListener('click', async () => {
    const p = state.policy;
    if (!p || !window.confirm(t('pol.confirm_delete', { name: p.name }))) return;
    const ok = await guarded($('pol-error'), () => api(`/admin/policies/${enc(p.name)}`, { method: 'DELETE' })
      .then(() => true));
    if (ok) { $('pol-editor').hidden = true; loadPolicies(); }
  });
}

async function loadPolicies() {
  const list = await guarded($('pol-error'), () => api('/admin/policies'));
  if (!list) return;
  state.policies = list.data;
  $('pol-list').replaceChildren(table([
    { key: 'col.name', cell: (p) => h('button', { type: 'button', class: 'link', onclick: () => openPolicy(p) }, p.name) },
    { key: 'col.source', cell: (p) => p.source },
    { key: 'col.default', cell: (p) => (p.default ? '✓' : '') },
  ], list.data, { caption: 'pol.list' }));
}

function openPolicy(p, keepStatus = false) {
  state.policy = p;
  const readonly = p.source === 'config' || !isAdmin();
  $('pol-editor').hidden = false;
  $('pol-title').textContent = p.name;
  $('pol-readonly').hidden = p.source !== 'config';
  $('pol-config').value = JSON.stringify(p.config, null, 2);
  $('pol-config').readOnly = readonly;
  $('pol-save').hidden = readonly;
  $('pol-delete').hidden = readonly || p.source !== 'api';
  showError($('pol-error'), null);
  if (!keepStatus) say($('pol-status'), '');
}

// -- curated memory and the promotion queue ----------------------------------------------------------------------
function setupMemory() {
  LOADERS.memory = loadMemoryTab;
  $('mem-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const sources = lines($('mem-sources').value).map((l) => {
      const cut = l.indexOf('/');
      return cut > 0 ? { kb: l.slice(0, cut).trim(), document: l.slice(cut + 1).trim() } : { kb: l, document: '' };
    });
    const body = { assistant: $('mem-assistant').value, question: $('mem-question').value.trim(),
                   answer: $('mem-answer').value.trim(), paraphrases: lines($('mem-paraphrases').value), sources };
    if (await guarded($('mem-error'), () => api('/admin/memory', { method: 'POST', json: body }))) {
      for (const id of ['mem-question', 'mem-answer', 'mem-paraphrases', 'mem-sources']) $(id).value = '';
      loadMemory();
    }
  });
}

async function loadMemoryTab() {
  const list = await api('/v1/assistants').catch(() => ({ data: [] }));
  $('mem-assistant').replaceChildren(...list.data.map((a) => h('option', { value: a.name }, a.name)));
  await Promise.all([loadMemory(), loadPromotions()]);
}

async function loadMemory() {
  const list = await guarded($('mem-error'), () => api('/admin/memory'));
  if (!list) return;
  $('mem-list').replaceChildren(table([
    { key: 'col.id', cell: (m) => String(m.id) },
    { key: 'col.assistant', cell: (m) => m.assistant },
    { key: 'col.question', cell: (m) => m.question },
    { key: 'col.answer', cell: (m) => h('span', { class: 'clamp' }, m.answer) },
    { key: 'col.status', cell: (m) => h('span', { class: `badge st-${m.status}` }, m.status) },
    { key: 'col.origin', cell: (m) => m.origin },
    { key: 'col.actions', cell: (m) => button('common.delete', async () => {
      if (!window.confirm(t('mem.confirm_delete', { id: m.id }))) return;
      if (await guarded($('mem-error'), () => api(`/admin/memory/${m.id}`, { method: 'DELETE' }))) loadMemory();
    }, { class: 'danger', 'aria-label': t('mem.delete_named', { id: m.id }) }) },
  ], list.data, { caption: 'mem.entries', empty: 'mem.none' }));
}

async function loadPromotions() {
  const list = await guarded($('promo-error'), () => api('/admin/promotions?status=pending'));
  if (!list) return;
  const decide = (c, verb) => async () => {
    const body = verb === 'reject' ? { reason: window.prompt(t('mem.reason')) || null } : undefined;
    const done = await guarded($('promo-error'), () => api(`/admin/promotions/${c.id}/${verb}`,
      { method: 'POST', json: body }));
    if (done) { loadPromotions(); loadMemory(); }
  };
  $('promo-list').replaceChildren(table([
    { key: 'col.id', cell: (c) => String(c.id) },
    { key: 'col.assistant', cell: (c) => c.assistant || '–' },
    { key: 'col.target', cell: (c) => c.target },
    { key: 'col.source', cell: (c) => c.source },
    { key: 'col.question', cell: (c) => c.question },
    { key: 'col.answer', cell: (c) => h('span', { class: 'clamp' }, c.answer) },
    { key: 'col.actions', cell: (c) => h('span', { class: 'row' },
      button('mem.approve', decide(c, 'approve'), { class: 'primary' }),
      button('mem.reject', decide(c, 'reject'), { class: 'danger' })) },
  ], list.data, { caption: 'mem.queue', empty: 'mem.queue_empty' }));
}

// -- audit log ---------------------------------------------------------------------------------------------------
function setupAudit() {
  LOADERS.audit = searchAudit;
  $('audit-form').addEventListener('submit', (ev) => { ev.preventDefault(); searchAudit(); });
  $('audit-close').addEventListener('click', () => { $('audit-detail').hidden = true; });
}

async function searchAudit() {
  const q = new URLSearchParams();
  const val = (id) => $(id).value.trim();
  if (val('audit-tenant')) q.set('tenant_id', val('audit-tenant'));
  if (val('audit-kind')) q.set('kind', val('audit-kind'));
  if (val('audit-action')) q.set('action', val('audit-action'));
  for (const [id, name] of [['audit-since', 'since'], ['audit-until', 'until']]) {
    if (val(id)) q.set(name, new Date(val(id)).toISOString());
  }
  q.set('limit', val('audit-limit') || '100');
  const seq = ++state.auditSeq;
  const res = await guarded($('audit-error'), () => api(`/admin/audit?${q}`));
  if (!res || seq !== state.auditSeq) return;  // a newer search is on its way
  const route = val('audit-route').toLowerCase();  // the API filters by tenant, kind, action and time; route here
  const rows = route ? res.data.filter((r) => `${r.route || ''} ${r.model || ''}`.toLowerCase().includes(route))
    : res.data;
  state.audit = rows;
  say($('audit-status'), t('audit.count', { n: rows.length }));
  const verdictSummary = (r) => (r.verdicts || []).filter((v) => v.action !== 'allow')
    .map((v) => `${v.category}: ${v.action}`).join(', ');
  $('audit-list').replaceChildren(table([
    { key: 'col.time', cell: (r) => when(r.created_at) },
    { key: 'col.tenant', cell: (r) => r.tenant_id },
    { key: 'col.kind', cell: (r) => r.kind },
    { key: 'col.action', cell: (r) => r.action },
    { key: 'col.route', cell: (r) => r.route || '' },
    { key: 'col.status', cell: (r) => (r.status === null || r.status === undefined ? '' : String(r.status)) },
    { key: 'col.verdicts', cell: verdictSummary },
    { key: 'col.request', cell: (r) => button('audit.view', () => showAudit(r), {
      class: 'link', 'aria-label': t('audit.view_named', { id: r.request_id || r.seq }), 'data-seq': r.seq }) },
  ], rows, { caption: 'tab.audit', empty: 'audit.none' }));
}

function showAudit(r) {
  const field = (key, value) => (value === null || value === undefined || value === '' ? []
    : [h('dt', { 'data-i18n': key }, t(key)), h('dd', {}, String(value))]);
  $('audit-fields').replaceChildren(
    ...field('col.request', r.request_id), ...field('col.time', when(r.created_at)),
    ...field('col.tenant', r.tenant_id), ...field('col.kind', r.kind), ...field('col.action', r.action),
    ...field('col.actor', r.actor), ...field('col.route', r.route), ...field('col.model', r.model),
    ...field('col.status', r.status), ...field('col.latency', r.latency_ms === null ? null : `${r.latency_ms} ms`),
    ...field('col.tokens', r.prompt_tokens === null ? null : `${r.prompt_tokens} + ${r.completion_tokens ?? 0}`),
    ...field('col.seq', r.seq));
  $('audit-verdicts').replaceChildren(table([
    { key: 'col.scanner', cell: (v) => v.scanner },
    { key: 'col.category', cell: (v) => v.category },
    { key: 'col.verdict', cell: (v) => h('span', { class: `badge v-${v.action}` }, v.action) },
    { key: 'col.score', cell: (v) => String(v.score) },
    { key: 'col.labels', cell: (v) => (v.labels || []).join(', ') },
    { key: 'col.where', cell: (v) => v.where },
  ], r.verdicts || [], { caption: 'audit.verdicts', empty: 'audit.no_verdicts' }));
  $('audit-json').textContent = JSON.stringify(r.detail || {}, null, 2);
  const body = r.body;
  $('audit-nobody').hidden = body !== null && body !== undefined;
  $('audit-body').hidden = body === null || body === undefined;
  $('audit-body').textContent = body ? JSON.stringify(body, null, 2) : '';
  $('audit-detail').hidden = false;
  $('audit-detail').focus();
}

boot();
