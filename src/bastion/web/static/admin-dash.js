// The dashboards tab: GET /admin/stats drawn with Chart.js (a classic script, global `Chart`).
import { api, h, t } from './common.js';
import {
  $, fillTenantSelect, guarded, i18n, isAdmin, loadTenants, locale, num, pct, say, table, usd, when,
} from './admin-ui.js';

const COLORS = ['#1f5fbf', '#d9480f', '#2b8a3e', '#ae3ec9', '#e67700', '#0b7285', '#c92a2a', '#5c940d'];
const DAY = 86400;
const dash = { stats: null, at: null, seq: 0 };

export function setupDashboard() {
  $('dash-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadStats(); });
  $('dash-range').addEventListener('change', loadStats);
  $('dash-tenant').addEventListener('change', loadStats);
  window.addEventListener('bastion:lang', () => { if (dash.stats) drawStats(dash.stats); });
  return {
    dashboard: async () => {
      if (isAdmin()) {
        $('dash-tenant-field').hidden = false;
        fillTenantSelect($('dash-tenant'), { all: true });
        loadTenants().then(() => fillTenantSelect($('dash-tenant'), { all: true }));
      }
      await loadStats();
    },
  };
}

async function loadStats() {
  const range = Number($('dash-range').value);
  const params = new URLSearchParams({ since: new Date(Date.now() - range * 1000).toISOString() });
  if (isAdmin() && $('dash-tenant').value) params.set('tenant', $('dash-tenant').value);
  say($('dash-status'), t('common.loading'));
  const seq = ++dash.seq;
  const data = await guarded($('dash-error'), () => api(`/admin/stats?${params}`));
  if (seq !== dash.seq) return;  // a newer range was asked for meanwhile
  say($('dash-status'), '');
  if (!data) return;
  dash.stats = data;
  dash.at = new Date();
  drawStats(data);
}

// Bucket labels and the x axis' title. The API aligns buckets to the epoch, i.e. to UTC: a bucket of a day or
// more starts at midnight UTC, so it is named by its UTC date (a local date could be the day before). Shorter
// buckets are shown in local time.
function timeAxis(data) {
  const utc = data.bucket >= DAY;
  const span = (new Date(data.until) - new Date(data.since)) / 1000;
  let opts = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  if (utc) opts = { month: 'short', day: 'numeric', timeZone: 'UTC' };
  else if (span <= DAY * 1.01) opts = { hour: '2-digit', minute: '2-digit' };
  else if (data.bucket >= 3600) opts = { month: 'short', day: 'numeric', hour: '2-digit' };
  const fmt = new Intl.DateTimeFormat(locale(), opts);
  return { labels: data.buckets.map((b) => fmt.format(new Date(b))),
           title: { display: true, text: t(utc ? 'dash.axis_utc' : 'dash.axis_local') } };
}

function plot(id, config, summary) {
  const canvas = $(id);
  const { Chart } = window;
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
  say($('dash-status'), t('dash.updated', { time: dash.at.toLocaleTimeString(locale()) }));
  const axis = timeAxis(d);
  $('dash-note').hidden = !d.truncated && d.cost.enabled;
  $('dash-note').textContent = [d.truncated ? t('dash.truncated', { since: when(d.complete_since) }) : '',
    d.cost.enabled ? '' : t('dash.no_cost')].filter(Boolean).join(' ');
  tiles(d);
  drawTraffic(d, axis);
  drawLatency(d, axis);
  drawCache(d, axis);
  drawCost(d);
  drawGuardrails(d);
  drawAbusers(d);
  drawFeedback(d);
  drawRefusals(d, axis);
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

function drawTraffic(d, axis) {
  const tr = d.traffic;
  const sum = t('sum.traffic', { requests: num(tr.requests), errors: num(tr.errors),
                                 tokens: num(tr.prompt_tokens + tr.completion_tokens) });
  say($('sum-traffic'), sum);
  plot('chart-traffic', {
    type: 'bar',
    data: { labels: axis.labels, datasets: [
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
                         x: { stacked: true, title: axis.title } } },
  }, sum);
}

function drawLatency(d, axis) {
  const lat = d.latency.overall;
  const sum = t('sum.latency', { p50: num(lat.p50, 1), p95: num(lat.p95, 1), p99: num(lat.p99, 1),
                                 count: num(lat.count) });
  say($('sum-latency'), sum);
  plot('chart-latency', {
    type: 'line',
    data: { labels: axis.labels, datasets: ['p50', 'p95', 'p99'].map((p, i) => ({
      label: p, data: d.latency.series.map((b) => b[p]), borderColor: COLORS[i], backgroundColor: COLORS[i],
      spanGaps: true, pointRadius: 2, tension: 0.2 })) },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'ms' } }, x: { title: axis.title } } },
  }, sum);
}

const percent = (rate) => (rate === null ? null : Math.round(rate * 1000) / 10);

function drawCache(d, axis) {
  const c = d.cache;
  const layers = Object.entries(c.layers).map(([k, v]) => `${k} ${num(v)}`).join(', ');
  const sum = t('sum.cache', { rate: pct(c.hit_rate), hits: num(c.hits), misses: num(c.misses),
                               bypass: num(c.bypass) }) + (layers ? ` (${layers})` : '');
  say($('sum-cache'), sum);
  plot('chart-cache', {
    type: 'line',
    data: { labels: axis.labels, datasets: [{ label: t('ds.hit_rate'), data: c.series.map((b) => percent(b.hit_rate)),
                                              borderColor: COLORS[2], backgroundColor: COLORS[2], spanGaps: true,
                                              pointRadius: 3 }] },
    options: { scales: { y: { beginAtZero: true, suggestedMax: 100, title: { display: true, text: '%' } },
                         x: { title: axis.title } } },
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

function drawRefusals(d, axis) {
  const r = d.refusals;
  const sum = t('sum.refusals', { rate: pct(r.rate), refused: num(r.refused), asked: num(r.assistant_requests) });
  say($('sum-refusals'), sum);
  plot('chart-refusals', {
    type: 'line',
    data: { labels: axis.labels, datasets: [{ label: t('ds.refusal_rate'), data: r.series.map((b) => percent(b.rate)),
                                              borderColor: COLORS[3], backgroundColor: COLORS[3], spanGaps: true,
                                              pointRadius: 3 }] },
    options: { scales: { y: { beginAtZero: true, suggestedMax: 100, title: { display: true, text: '%' } },
                         x: { title: axis.title } } },
  }, sum);
}
