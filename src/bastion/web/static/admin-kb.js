// The knowledge tab: knowledge bases, their documents, uploads with progress (then the ingestion job polled),
// and a test search.
import { ApiError, api, csrfToken, h, t } from './common.js';
import { $, button, csv, enc, guarded, i18n, num, say, showError, table, when } from './admin-ui.js';

const kbState = { kb: null };

export function setupKnowledge() {
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
    const { kb } = kbState;
    if (!kb || !window.confirm(t('kb.confirm_delete', { name: kb }))) return;
    if (await guarded($('kb-upload-error'), () => api(`/v1/knowledge/${enc(kb)}`, { method: 'DELETE' })
      .then(() => true))) {
      kbState.kb = null;
      $('kb-detail').hidden = true;
      loadKbs();
    }
  });
  $('kb-upload').addEventListener('submit', (ev) => { ev.preventDefault(); uploadFiles(); });
  $('kb-search').addEventListener('submit', (ev) => { ev.preventDefault(); searchKb(); });
  return { knowledge: loadKbs };
}

async function loadKbs() {
  const list = await guarded($('kb-create-error'), () => api('/v1/knowledge'));
  if (!list) return;
  $('kb-list').replaceChildren(table([
    { key: 'col.name', cell: (k) => h('button', { type: 'button', class: 'link', onclick: () => openKb(k.id) }, k.id) },
    { key: 'col.description', cell: (k) => k.description },
    { key: 'col.documents', cell: (k) => num(k.documents) },
    { key: 'col.chunks', cell: (k) => num(k.chunks) },
    { key: 'col.version', cell: (k) => String(k.version) },
  ], list.data, { caption: 'kb.list' }));
}

async function openKb(name) {
  kbState.kb = name;
  $('kb-detail').hidden = false;
  $('kb-title').textContent = name;
  $('kb-results').replaceChildren();
  showError($('kb-upload-error'), null);
  say($('kb-upload-status'), '');
  await loadDocs();
}

async function loadDocs() {
  const { kb } = kbState;
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
        { method: 'DELETE' }).then(() => true))) { await loadDocs(); loadKbs(); }
    }, { class: 'danger', 'aria-label': t('kb.delete_doc', { name: d.name }) }) },
  ], docs.data, { caption: 'kb.documents', empty: 'kb.no_docs' }));
}

// Multipart upload with XMLHttpRequest, for its upload progress events (fetch has none).
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
  const { kb } = kbState;
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
  const { kb } = kbState;
  const res = await guarded($('kb-search-error'), () => api(`/v1/knowledge/${enc(kb)}/search`, { method: 'POST',
    json: { query: $('kb-query').value.trim(), mode: $('kb-mode').value, top_k: 5 } }));
  if (!res) return;
  $('kb-results').replaceChildren(...(res.data.length ? res.data.map((hit) => h('li', { class: 'result' },
    h('p', { class: 'result-head' }, h('strong', {}, hit.document),
      hit.section ? ` › ${hit.section}` : '', hit.page ? ` · ${t('kb.page', { page: hit.page })}` : '',
      h('span', { class: 'badge' }, t('kb.score', { score: hit.similarity ?? hit.score }))),
    h('p', { class: 'snippet' }, hit.snippet))) : [i18n('li', 'kb.no_hits', { class: 'hint' })]));
}
