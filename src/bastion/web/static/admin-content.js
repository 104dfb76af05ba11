// What the assistants say and may say: the assistants tab (versioned configurations), guardrail policies, and
// curated memory with the promotion review queue.
import { api, h, t } from './common.js';
import { $, button, enc, guarded, i18n, isAdmin, lines, say, showError, table, when } from './admin-ui.js';

const content = { kbs: [], assistant: null, policy: null, policies: [] };

export function setupContent() {
  setupAssistants();
  setupPolicies();
  setupMemory();
  return { assistants: loadAssistants, policies: loadPolicies, memory: loadMemoryTab };
}

// -- assistants ------------------------------------------------------------------------------------------------
function setupAssistants() {
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
  content.kbs = kbs.data;
  const routes = models.data.filter((m) => m.bastion?.kind === 'chat').map((m) => m.id);
  $('asst-route').replaceChildren(...routes.map((r) => h('option', { value: r }, r)));
  $('asst-list').replaceChildren(table([
    { key: 'col.name', cell: (a) => h('button', { type: 'button', class: 'link', onclick: () => openAssistant(a.name) },
                                       a.name) },
    { key: 'col.route', cell: (a) => a.route },
    { key: 'col.strategy', cell: (a) => a.strategy },
    { key: 'col.kbs', cell: (a) => (a.knowledge_bases || []).join(', ') },
    { key: 'col.version', cell: (a) => String(a.version) },
  ], list.data, { caption: 'asst.list' }));
}

async function openAssistant(name, isNew = false) {
  showError($('asst-error'), null);
  say($('asst-status'), '');
  let history = null;
  if (!isNew) history = await guarded($('asst-error'), () => api(`/admin/assistants/${enc(name)}`));
  const cfg = history ? history.current.config : {};
  content.assistant = { name, config: cfg };
  $('asst-editor-card').hidden = false;
  $('asst-editor-title').textContent = isNew ? t('asst.creating', { name }) : name;
  $('asst-description').value = cfg.description || '';
  $('asst-intro').value = cfg.intro || '';
  $('asst-starters').value = (cfg.starters || []).join('\n');
  $('asst-role').value = cfg.role ?? 'You are a helpful assistant.';
  $('asst-directive').value = cfg.directive || '';
  $('asst-strategy').value = cfg.strategy?.name || 'direct';
  const { route } = cfg;
  if (route && ![...$('asst-route').options].some((o) => o.value === route)) {
    $('asst-route').append(h('option', { value: route }, route));
  }
  if (route) $('asst-route').value = route;
  const chosen = new Set(cfg.retrieval?.knowledge_bases || []);
  const names = [...new Set([...content.kbs.map((k) => k.id), ...chosen])];
  $('asst-kbs').replaceChildren(i18n('legend', 'asst.kbs'), ...(names.length ? names.map((kb) => h('label', {
    class: 'check' }, h('input', { type: 'checkbox', value: kb, checked: chosen.has(kb) }), kb))
    : [i18n('p', 'asst.no_kbs', { class: 'hint' })]));
  $('asst-versions').replaceChildren(table([
    { key: 'col.version', cell: (v) => String(v.version) },
    { key: 'col.created', cell: (v) => when(v.created_at) },
    { key: 'col.source', cell: (v) => v.source },
    { key: 'col.by', cell: (v) => v.created_by || '' },
    { key: 'col.deleted', cell: (v) => (v.deleted ? '✓' : '') },
  ], history ? [...history.versions].reverse() : [], { caption: 'asst.versions' }));
  $('asst-description').focus();
}

async function saveAssistant() {
  const a = content.assistant;
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

// -- guardrail policies ----------------------------------------------------------------------------------------
function setupPolicies() {
  $('pol-new').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = $('pol-new-name').value.trim();
    const base = content.policies.find((p) => p.default)?.config || {};
    if (name) openPolicy({ name, source: 'new', config: base });
  });
  $('pol-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const p = content.policy;
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
    const p = content.policy;
    if (!p || !window.confirm(t('pol.confirm_delete', { name: p.name }))) return;
    const ok = await guarded($('pol-error'), () => api(`/admin/policies/${enc(p.name)}`, { method: 'DELETE' })
      .then(() => true));
    if (ok) { $('pol-editor').hidden = true; loadPolicies(); }
  });
}

async function loadPolicies() {
  const list = await guarded($('pol-error'), () => api('/admin/policies'));
  if (!list) return;
  content.policies = list.data;
  $('pol-list').replaceChildren(table([
    { key: 'col.name', cell: (p) => h('button', { type: 'button', class: 'link', onclick: () => openPolicy(p) }, p.name) },
    { key: 'col.source', cell: (p) => p.source },
    { key: 'col.default', cell: (p) => (p.default ? '✓' : '') },
  ], list.data, { caption: 'pol.list' }));
}

function openPolicy(p, keepStatus = false) {
  content.policy = p;
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

// -- curated memory and the promotion queue --------------------------------------------------------------------
function setupMemory() {
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
      if (await guarded($('mem-error'), () => api(`/admin/memory/${m.id}`, { method: 'DELETE' })
        .then(() => true))) loadMemory();
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
