// The audit log tab: GET /admin/audit filtered by the API (tenant, kind, action, route, status, request id,
// time), and one entry's fields, guardrail verdicts, details and (when the tenant keeps them) masked bodies.
import { api, h, t } from './common.js';
import { $, button, guarded, say, table, when } from './admin-ui.js';

const audit = { seq: 0 };
const FILTERS = [['audit-tenant', 'tenant_id'], ['audit-kind', 'kind'], ['audit-action', 'action'],
                 ['audit-route', 'route'], ['audit-http-status', 'status'], ['audit-request', 'request_id']];

export function setupAudit() {
  $('audit-form').addEventListener('submit', (ev) => { ev.preventDefault(); searchAudit(); });
  $('audit-close').addEventListener('click', () => { $('audit-detail').hidden = true; });
  return { audit: searchAudit };
}

async function searchAudit() {
  const q = new URLSearchParams();
  const val = (id) => $(id).value.trim();
  for (const [id, name] of FILTERS) if (val(id)) q.set(name, val(id));
  for (const [id, name] of [['audit-since', 'since'], ['audit-until', 'until']]) {
    if (val(id)) q.set(name, new Date(val(id)).toISOString());
  }
  q.set('limit', val('audit-limit') || '100');
  const seq = ++audit.seq;
  const res = await guarded($('audit-error'), () => api(`/admin/audit?${q}`));
  if (!res || seq !== audit.seq) return;  // a newer search is on its way
  const rows = res.data;
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
  const { body } = r;
  $('audit-nobody').hidden = body !== null && body !== undefined;
  $('audit-body').hidden = body === null || body === undefined;
  $('audit-body').textContent = body ? JSON.stringify(body, null, 2) : '';
  $('audit-detail').hidden = false;
  $('audit-detail').focus();
}
