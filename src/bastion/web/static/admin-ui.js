// Small helpers the admin console's modules share: formatting, tables, buttons, error display, the session
// state, and `guarded`, which also sends the page back to the login form when the API answers 401.
import { ApiError, api, getLang, h, t } from './common.js';

export const $ = (id) => document.getElementById(id);
export const enc = encodeURIComponent;

// The signed-in session and the tenants it may see; set by admin.js, read by every tab.
export const state = { session: null, tenants: [] };
export const isAdmin = () => state.session?.role === 'admin';

// -- formatting ------------------------------------------------------------------------------------------------
export const i18n = (tag, key, attrs = {}) => h(tag, { ...attrs, 'data-i18n': key }, t(key));
export const locale = () => (getLang() === 'ko' ? 'ko-KR' : 'en-US');
export const num = (n, digits = 0) => (n === null || n === undefined ? '–'
  : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n));
export const usd = (v) => `$${new Intl.NumberFormat(locale(), { maximumSignificantDigits: 3 }).format(v)}`;
export const pct = (r) => (r === null || r === undefined ? '–' : `${num(r * 100, 1)}%`);
export const when = (v) => {
  if (v === null || v === undefined || v === '') return '';
  const d = typeof v === 'number' ? new Date(v * 1000) : new Date(v);
  return Number.isNaN(d.getTime()) ? String(v) : d.toLocaleString(locale());
};
export const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);
export const csv = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

// -- feedback --------------------------------------------------------------------------------------------------
export function showError(el, err) {
  if (!el) return;
  if (!err) { el.hidden = true; el.textContent = ''; return; }
  el.textContent = err instanceof Error ? err.message : String(err);
  el.hidden = false;
}

export function say(el, text) { if (el) el.textContent = text || ''; }

// -- session expiry --------------------------------------------------------------------------------------------
let onExpired = () => {};

export function whenExpired(fn) { onExpired = fn; }

export const isExpired = (err) => err instanceof ApiError && err.status === 401;

// Run an API call: clear `errorEl`, show the error there if the call fails, answer undefined on failure.
// A 401 means the session ended (expired, logged out elsewhere, password changed): back to the login form.
export async function guarded(errorEl, fn) {
  showError(errorEl, null);
  try {
    return await fn();
  } catch (err) {
    showError(errorEl, err);
    if (isExpired(err)) onExpired();
    return undefined;
  }
}

// -- widgets ---------------------------------------------------------------------------------------------------
// A table from column specs: [{key: i18n key, cell: row => Node|string}], with a caption for screen readers.
export function table(columns, rows, { caption, empty = 'common.none' } = {}) {
  if (!rows.length) return i18n('p', empty, { class: 'hint' });
  return h('table', { class: 'data' },
    caption ? h('caption', { class: 'visually-hidden', 'data-i18n': caption }, t(caption)) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', 'data-i18n': c.key }, t(c.key))))),
    h('tbody', {}, rows.map((r) => h('tr', {}, columns.map((c) => h('td', { 'data-label': t(c.key) }, c.cell(r)))))));
}

export function button(key, onclick, attrs = {}) {
  return h('button', { type: 'button', onclick, ...attrs, 'data-i18n': key }, t(key));
}

// -- tenants ---------------------------------------------------------------------------------------------------
export async function loadTenants() {
  try {
    state.tenants = (await api('/admin/tenants')).data;
  } catch (err) {
    if (isExpired(err)) onExpired();
    state.tenants = [{ id: state.session.tenant, name: state.session.tenant }];
  }
  return state.tenants;
}

export function fillTenantSelect(sel, { all = false } = {}) {
  const keep = sel.value;
  sel.replaceChildren(...(all ? [i18n('option', 'common.all_tenants', { value: '' })] : []),
    ...state.tenants.map((tn) => h('option', { value: tn.id }, tn.id)));
  if ([...sel.options].some((o) => o.value === keep)) sel.value = keep;
  else if (!all) sel.value = state.session.tenant;
}
