// The chat at `/`: log in, pick an assistant, stream cited answers, give feedback, regenerate, attach images,
// keep the history on the server, and play with temperature and top-p. A client of the public API only.
import {
  ApiError, api, apiStream, applyI18n, currentSession, getLang, h, logout, mountLangSwitch, mountLogin, t,
} from './common.js';
import './chat-i18n.js';

const $ = (id) => document.getElementById(id);
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const PREF_ASSISTANT = 'bastion.assistant'; // a preference, not a secret

const state = {
  session: null,
  assistants: [],
  assistant: null,
  conv: null, // {id, title, assistant}
  conversations: [],
  turns: [], // [{user: {text, images: [{name, url}]}, answers: [answer], shown, el}]
  attachments: [],
  busy: false,
  controller: null,
  models: null,
};
let answerSeq = 0;

// -- start ------------------------------------------------------------------------------------------------------
async function boot() {
  applyI18n();
  mountLangSwitch($('lang'));
  window.addEventListener('bastion:lang', onLang);
  wireStatic();
  let session = null;
  try {
    session = await currentSession();
  } catch (err) {
    $('boot-status').textContent = err.message;
    return;
  }
  $('boot-status').hidden = true;
  if (session) await start(session);
  else showLogin();
}

function showLogin() {
  state.session = null;
  $('app').hidden = true;
  $('assistant-picker').hidden = true;
  $('logout').hidden = true;
  $('who').textContent = '';
  $('login').hidden = false;
  mountLogin($('login'), (s) => { start(s); });
}

async function start(session) {
  state.session = session;
  $('login').hidden = true;
  $('login').replaceChildren();
  $('app').hidden = false;
  $('logout').hidden = false;
  renderWho();
  const wanted = new URLSearchParams(location.hash.slice(1)).get('c');
  await Promise.all([loadAssistants(), refreshHistory()]);
  if (wanted) await openConversation(wanted, { quiet: true });
  else if (!state.turns.length) $('composer-input').focus();
}

function renderWho() {
  const s = state.session;
  if (!s) return;
  $('who').textContent = t('chat.who', { name: s.name || s.key_prefix || '?', role: s.role, tenant: s.tenant });
}

function onLang() {
  renderWho();
  renderAssistantOptions();
  renderIntro();
  for (const turn of state.turns) renderTurn(turn);
  renderHistory();
  renderAttachments();
  if (chart) {
    chart.data.datasets[0].label = t('play.raw');
    chart.data.datasets[1].label = t('play.sampled');
    chart.update('none');
  }
  if (lastInspect) renderPlaySummary(lastInspect);
}

// -- static wiring ----------------------------------------------------------------------------------------------
function wireStatic() {
  $('logout').addEventListener('click', async () => {
    if (state.controller) state.controller.abort();
    try { await logout(); } catch { /* the cookies go either way */ }
    resetChat();
    history.replaceState(null, '', location.pathname);
    showLogin();
  });
  $('assistant-select').addEventListener('change', () => {
    const a = state.assistants.find((x) => x.id === $('assistant-select').value);
    if (!a) return;
    chooseAssistant(a);
    newChat({ focus: false, keepAttachments: true });
  });
  $('new-chat').addEventListener('click', () => newChat({ focus: true }));
  $('toggle-history').addEventListener('click', () => toggleHistory());
  const input = $('composer-input');
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
      ev.preventDefault();
      sendFromComposer();
    }
  });
  input.addEventListener('paste', (ev) => {
    const files = [...(ev.clipboardData?.files || [])].filter((f) => f.type.startsWith('image/'));
    if (files.length) {
      ev.preventDefault();
      addFiles(files);
    }
  });
  $('composer').addEventListener('submit', (ev) => { ev.preventDefault(); sendFromComposer(); });
  $('attach').addEventListener('click', () => $('file-input').click());
  $('file-input').addEventListener('change', () => {
    addFiles([...$('file-input').files]);
    $('file-input').value = '';
  });
  $('stop').addEventListener('click', () => { if (state.controller) state.controller.abort(); });
  const panel = $('chat-panel');
  let depth = 0;
  panel.addEventListener('dragenter', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth += 1;
    $('drop-hint').hidden = false;
    panel.classList.add('dragging');
  });
  panel.addEventListener('dragover', (ev) => { if (hasFiles(ev)) ev.preventDefault(); });
  panel.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) { $('drop-hint').hidden = true; panel.classList.remove('dragging'); }
  });
  panel.addEventListener('drop', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth = 0;
    $('drop-hint').hidden = true;
    panel.classList.remove('dragging');
    addFiles([...ev.dataTransfer.files]);
  });
  wireTabs();
  wirePlayground();
}

function hasFiles(ev) {
  return [...(ev.dataTransfer?.types || [])].includes('Files');
}

function wireTabs() {
  const tabs = [$('tab-chat'), $('tab-play')];
  const select = (tab, focus) => {
    for (const x of tabs) {
      const on = x === tab;
      x.setAttribute('aria-selected', String(on));
      x.tabIndex = on ? 0 : -1;
      $(x.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
    if (tab.id === 'tab-play') openPlayground();
  };
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (ev) => {
      const move = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i }[ev.key];
      if (move === undefined) return;
      ev.preventDefault();
      select(tabs[(i + move + tabs.length) % tabs.length], true);
    });
  }
}

function toggleHistory(force) {
  const open = force ?? !$('app').classList.contains('show-history');
  $('app').classList.toggle('show-history', open);
  $('toggle-history').setAttribute('aria-expanded', String(open));
}

// -- assistants -------------------------------------------------------------------------------------------------
async function loadAssistants() {
  try {
    state.assistants = (await api('/v1/assistants')).data || [];
  } catch (err) {
    if (expired(err)) return;
    state.assistants = [];
    $('no-assistant').textContent = err.message;
  }
  let saved = null;
  try { saved = localStorage.getItem(PREF_ASSISTANT); } catch { /* storage off */ }
  const pick = state.assistants.find((a) => a.id === saved) || state.assistants[0] || null;
  $('no-assistant').hidden = Boolean(pick);
  $('assistant-picker').hidden = !state.assistants.length;
  renderAssistantOptions();
  chooseAssistant(pick);
}

function renderAssistantOptions() {
  const sel = $('assistant-select');
  sel.replaceChildren(...state.assistants.map((a) => h('option', { value: a.id }, label(a))));
  if (state.assistant) sel.value = state.assistant.id;
}

function label(a) {
  return a.description ? `${a.name} — ${a.description}` : a.name;
}

function chooseAssistant(a) {
  state.assistant = a;
  if (a) {
    $('assistant-select').value = a.id;
    try { localStorage.setItem(PREF_ASSISTANT, a.id); } catch { /* storage off */ }
  }
  renderIntro();
  renderAttachments();
  if (playOpened) fillPlayModels();
}

function renderIntro() {
  const a = state.assistant;
  const box = $('intro');
  box.hidden = !a;
  if (!a) return;
  $('intro-name').textContent = a.name;
  $('intro-desc').textContent = a.description || '';
  $('intro-desc').hidden = !a.description;
  $('intro-text').textContent = a.intro || t('chat.default_intro', { name: a.name });
  $('intro-vision').textContent = a.vision === false ? t('chat.text_only') : a.vision ? t('chat.sees_images') : '';
  $('intro-vision').hidden = a.vision === undefined;
  const starters = a.starters || [];
  $('starters-box').hidden = !starters.length;
  $('starters').replaceChildren(...starters.map((s) => h('li', {},
    h('button', { type: 'button', class: 'starter', disabled: state.busy, onclick: () => send(s, []) }, s))));
  box.classList.toggle('compact', state.turns.length > 0);
}

// -- conversation history ---------------------------------------------------------------------------------------
async function refreshHistory() {
  try {
    state.conversations = (await api('/v1/conversations?limit=100')).data || [];
    $('conv-status').textContent = '';
  } catch (err) {
    if (expired(err)) return;
    state.conversations = [];
    $('conv-status').textContent = t('chat.history_failed', { message: err.message });
  }
  renderHistory();
}

function renderHistory() {
  const list = $('conversations');
  $('conv-empty').hidden = state.conversations.length > 0;
  list.replaceChildren(...state.conversations.map((c) => {
    const current = state.conv && state.conv.id === c.id;
    const title = c.title || t('chat.untitled');
    const li = h('li', { class: ['conv', current && 'current'] });
    const when = c.updated_at || c.created_at;
    const open = h('button', { type: 'button', class: 'conv-open', 'aria-current': current ? 'true' : null,
                               onclick: () => openConversation(c.id) },
      h('span', { class: 'conv-title' }, title),
      when ? h('span', { class: 'conv-when' }, formatWhen(when)) : null);
    const del = h('button', { type: 'button', class: 'conv-del', 'aria-label': t('chat.delete_named', { title }),
                              title: t('chat.delete'), onclick: () => askDelete() }, '×');
    function askDelete() {
      const yes = h('button', { type: 'button', class: 'danger', onclick: () => deleteConversation(c) },
        t('chat.delete_yes'));
      const no = h('button', { type: 'button', onclick: () => { li.replaceChildren(open, del); del.focus(); } },
        t('chat.cancel'));
      li.replaceChildren(h('span', { class: 'conv-confirm', role: 'group', 'aria-label': t('chat.delete_named', { title }) },
        h('span', { class: 'conv-q' }, t('chat.delete_q', { title })), yes, no));
      no.focus();
    }
    li.append(open, del);
    return li;
  }));
}

function formatWhen(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const locale = getLang() === 'ko' ? 'ko-KR' : 'en';
  const today = new Date().toDateString() === d.toDateString();
  return today ? d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(locale, { month: 'short', day: 'numeric' });
}

async function deleteConversation(c) {
  try {
    await api(`/v1/conversations/${encodeURIComponent(c.id)}`, { method: 'DELETE' });
    $('conv-status').textContent = t('chat.deleted', { title: c.title || t('chat.untitled') });
    if (state.conv && state.conv.id === c.id) newChat({ focus: false });
  } catch (err) {
    if (expired(err)) return;
    $('conv-status').textContent = err.message;
  }
  await refreshHistory();
  $('new-chat').focus();
}

function resetChat(keepAttachments = false) {
  if (state.controller) state.controller.abort();
  state.conv = null;
  state.turns = [];
  if (!keepAttachments) state.attachments = [];
  $('messages').replaceChildren();
  hideComposerError();
  renderAttachments();
  const refusal = visionRefusal();
  if (refusal) showComposerError(refusal);
}

function newChat({ focus, keepAttachments = false }) {
  resetChat(keepAttachments);
  history.replaceState(null, '', location.pathname);
  renderIntro();
  renderHistory();
  toggleHistory(false);
  if (focus) $('composer-input').focus();
}

async function openConversation(id, { quiet = false } = {}) {
  let conv;
  try {
    conv = await api(`/v1/conversations/${encodeURIComponent(id)}`);
  } catch (err) {
    if (expired(err)) return;
    if (!quiet) $('conv-status').textContent = err.message;
    newChat({ focus: false });
    return;
  }
  resetChat();
  const a = state.assistants.find((x) => x.id === conv.assistant || x.name === conv.assistant);
  if (a && a !== state.assistant) chooseAssistant(a);
  state.conv = { id: conv.id, title: conv.title, assistant: conv.assistant };
  history.replaceState(null, '', `#c=${encodeURIComponent(conv.id)}`);
  for (const m of conv.messages || []) {
    const meta = m.meta || {};
    if (m.role === 'user' || !state.turns.length) {
      const images = (meta.images || []).map((name) => ({ name, url: null }));
      state.turns.push({ user: { text: m.role === 'user' ? m.content : '', images }, answers: [], shown: 0 });
      if (m.role === 'user') continue;
    }
    const turn = state.turns[state.turns.length - 1];
    turn.answers.push(makeAnswer({ text: m.content || '', id: m.response_id || null, sources: meta.sources || [],
                                   cache: meta.cache || null, refused: Boolean(meta.refused) }));
    turn.shown = turn.answers.length - 1;
  }
  for (const turn of state.turns) mountTurn(turn);
  renderIntro();
  renderHistory();
  toggleHistory(false);
  if (!quiet) $('composer-input').focus();
}

async function ensureConversation(title) {
  if (state.conv || !state.assistant) return;
  const short = title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title;
  try {
    const c = await api('/v1/conversations', { method: 'POST',
                                               json: { assistant: state.assistant.id, title: short || t('chat.untitled') } });
    state.conv = { id: c.id, title: c.title, assistant: c.assistant, fresh: true };
    history.replaceState(null, '', `#c=${encodeURIComponent(c.id)}`);
  } catch (err) {
    if (expired(err)) throw err;
    $('conv-status').textContent = t('chat.history_failed', { message: err.message });
  }
}

async function persist(turn, answer, regenerateOf) {
  const conv = state.conv;
  if (!conv) return;
  const messages = [];
  if (!regenerateOf) {
    const m = { role: 'user', content: turn.user.text || t('chat.image_only') };
    if (turn.user.images.length) m.meta = { images: turn.user.images.map((i) => i.name) };
    messages.push(m);
  }
  const sources = answer.sources.map((src) => {
    const snippet = src.snippet || src.text;
    const { text, ...rest } = src; // the snippet is enough to redraw the source; keep the row small
    void text;
    return snippet ? { ...rest, snippet: snippet.slice(0, 1500) } : rest;
  });
  const meta = { sources, cache: answer.cache, refused: answer.refused };
  if (regenerateOf) meta.regenerate_of = regenerateOf;
  messages.push({ role: 'assistant', content: answer.text, response_id: answer.id || undefined, meta });
  try {
    await api(`/v1/conversations/${encodeURIComponent(conv.id)}/messages`, { method: 'POST', json: { messages } });
    conv.fresh = false;
  } catch (err) {
    if (expired(err)) return;
    $('conv-status').textContent = t('chat.history_failed', { message: err.message });
  }
  await refreshHistory();
}

// -- composer and images ----------------------------------------------------------------------------------------
function sendFromComposer() {
  const input = $('composer-input');
  send(input.value, state.attachments);
}

function showComposerError(message) {
  const el = $('composer-error');
  el.textContent = message;
  el.hidden = false;
}

function hideComposerError() {
  $('composer-error').hidden = true;
  $('composer-error').textContent = '';
}

function visionRefusal() {
  const a = state.assistant;
  if (!a || a.vision !== false || !state.attachments.length) return null;
  return t('chat.no_vision', { name: a.name });
}

async function addFiles(files) {
  hideComposerError();
  for (const f of files) {
    if (!f.type.startsWith('image/')) {
      showComposerError(t('chat.not_image', { name: f.name }));
      continue;
    }
    if (f.size > MAX_IMAGE_BYTES) {
      showComposerError(t('chat.too_big', { name: f.name, mb: MAX_IMAGE_BYTES / 1024 / 1024 }));
      continue;
    }
    const url = await new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result);
      r.onerror = () => reject(r.error);
      r.readAsDataURL(f);
    });
    state.attachments.push({ name: f.name || 'image', url });
  }
  renderAttachments();
  const refusal = visionRefusal();
  if (refusal) showComposerError(refusal);
}

function renderAttachments() {
  $('attachments').replaceChildren(...state.attachments.map((att, i) => h('li', { class: 'attachment' },
    h('img', { src: att.url, alt: att.name }),
    h('span', { class: 'att-name' }, att.name),
    h('button', { type: 'button', class: 'att-remove', 'aria-label': t('chat.remove_image', { name: att.name }),
                  onclick: () => {
                    state.attachments.splice(i, 1);
                    renderAttachments();
                    if (!visionRefusal()) hideComposerError();
                    $('composer-input').focus();
                  } }, '×'))));
  $('attachments').hidden = !state.attachments.length;
}

function setBusy(busy) {
  state.busy = busy;
  $('send').disabled = busy;
  $('stop').hidden = !busy;
  for (const b of document.querySelectorAll('.starter, .regen')) b.disabled = busy;
}

// -- sending and streaming --------------------------------------------------------------------------------------
async function send(raw, images) {
  const text = (raw || '').trim();
  if (state.busy || !state.assistant || (!text && !images.length)) return;
  const refusal = visionRefusal();
  if (images.length && refusal) {
    showComposerError(refusal);
    $('composer-input').focus();
    return;
  }
  hideComposerError();
  const turn = { user: { text, images: images.slice() }, answers: [], shown: 0 };
  state.attachments = [];
  renderAttachments();
  $('composer-input').value = '';
  state.turns.push(turn);
  mountTurn(turn);
  renderIntro();
  setBusy(true);
  try {
    await ensureConversation(text || t('chat.image_only'));
  } catch (err) {
    setBusy(false);
    return;
  }
  await runTurn(turn, null);
}

function userMessage(u) {
  const images = u.images.filter((i) => i.url);
  if (!images.length) return { role: 'user', content: u.text };
  const parts = u.text ? [{ type: 'text', text: u.text }] : [];
  for (const img of images) parts.push({ type: 'image_url', image_url: { url: img.url } });
  return { role: 'user', content: parts };
}

function messagesFor(turn) {
  const out = [];
  for (const tr of state.turns) {
    if (tr === turn) break;
    const a = tr.answers[tr.shown];
    if (!a || a.error || !a.text) continue; // blocked or failed turns are not sent again
    out.push(userMessage(tr.user), { role: 'assistant', content: a.text });
  }
  out.push(userMessage(turn.user));
  return out;
}

function makeAnswer(fields = {}) {
  return { n: ++answerSeq, text: '', id: null, sources: [], cache: null, refused: false, error: null,
           blocked: null, streaming: false, stopped: false, rating: null, ...fields };
}

async function runTurn(turn, regenerateOf) {
  setBusy(true);
  const answer = makeAnswer({ streaming: true });
  turn.answers.push(answer);
  turn.shown = turn.answers.length - 1;
  renderTurn(turn);
  const view = turn.view;
  const headers = {};
  if (state.conv) headers['x-bastion-conversation'] = state.conv.id;
  if (regenerateOf) headers['x-bastion-regenerate-of'] = regenerateOf;
  const ctrl = new AbortController();
  state.controller = ctrl;
  const body = { model: `assistant/${state.assistant.name}`, stream: true, messages: messagesFor(turn) };
  try {
    const stream = await apiStream('/v1/chat/completions', body, {
      headers, signal: ctrl.signal,
      onResponse: (resp) => {
        const status = resp.headers.get('x-bastion-cache');
        if (status === 'hit') answer.cache = { status, layer: resp.headers.get('x-bastion-cache-layer') || null };
      },
    });
    for await (const chunk of stream) {
      if (chunk.id && !answer.id) answer.id = chunk.id;
      let grew = false;
      for (const c of chunk.choices || []) {
        const piece = c.delta && c.delta.content;
        if (piece) { answer.text += piece; grew = true; }
      }
      if (grew && view === turn.view && turn.answers[turn.shown] === answer) {
        const log = $('messages');
        const near = log.scrollHeight - log.scrollTop - log.clientHeight < 120;
        view.text.textContent = answer.text;
        if (near) log.scrollTop = log.scrollHeight;
      }
      const ext = chunk.bastion;
      if (ext) {
        if (Array.isArray(ext.sources)) answer.sources = ext.sources;
        if (ext.refused !== undefined) answer.refused = Boolean(ext.refused);
        if (ext.cache && ext.cache.status === 'hit') answer.cache = ext.cache;
      }
    }
  } catch (err) {
    if (err && err.name === 'AbortError') {
      answer.stopped = true;
    } else if (err instanceof ApiError && err.code === 'content_policy_violation') {
      answer.blocked = blockedCategory(err);
      answer.error = t('chat.blocked', { category: categoryName(answer.blocked) });
    } else if (expired(err)) {
      answer.error = err.message;
    } else {
      answer.error = err instanceof ApiError ? err.message : t('common.network');
    }
  } finally {
    answer.streaming = false;
    state.controller = null;
    setBusy(false);
  }
  if (answer.blocked && answer.text) answer.text = ''; // never keep text the policy stopped mid-way
  renderTurn(turn);
  if (!answer.error && !answer.stopped && answer.text) {
    await persist(turn, answer, regenerateOf);
  } else if (state.conv && state.conv.fresh && state.turns.length === 1) {
    // nothing was stored: do not leave an empty conversation behind
    const id = state.conv.id;
    state.conv = null;
    history.replaceState(null, '', location.pathname);
    api(`/v1/conversations/${encodeURIComponent(id)}`, { method: 'DELETE' }).catch(() => {});
  }
  const active = document.activeElement;
  if ((!active || active === document.body) && turn.view) turn.view.article.focus({ preventScroll: true });
}

function blockedCategory(err) {
  if (err.category && /^[\w:-]{1,40}$/.test(err.category)) return err.category;
  const m = /category:\s*([\w:-]{1,40})/i.exec(err.message || ''); // an older gateway's message
  return m ? m[1] : 'other';
}

function categoryName(cat) {
  const base = String(cat).split(':')[0];
  const key = `cat.${base}`;
  const name = t(key);
  return name === key ? base.replace(/_/g, ' ') : name;
}

function expired(err) {
  if (err instanceof ApiError && err.status === 401) {
    showLogin();
    return true;
  }
  return false;
}

// -- drawing turns ----------------------------------------------------------------------------------------------
function mountTurn(turn) {
  const li = h('li', { class: 'turn' });
  turn.el = li;
  $('messages').append(li);
  renderTurn(turn);
  li.scrollIntoView({ block: 'end' });
}

function renderTurn(turn) {
  const u = turn.user;
  const user = h('div', { class: 'msg user' },
    h('p', { class: 'who-label visually-hidden' }, t('chat.you')),
    u.images.length ? h('ul', { class: 'user-images' }, u.images.map((img) => h('li', {},
      img.url ? h('img', { src: img.url, alt: img.name }) : h('span', { class: 'badge' }, t('chat.image_named', { name: img.name }))))) : null,
    u.text ? h('p', { class: 'user-text' }, u.text) : null);
  if (!turn.answers.length) {
    turn.view = null;
    turn.el.replaceChildren(user);
    return;
  }
  const view = renderAnswer(turn);
  turn.view = view;
  turn.el.replaceChildren(user, view.article);
}

function renderAnswer(turn) {
  const answer = turn.answers[turn.shown];
  const isLast = state.turns[state.turns.length - 1] === turn;
  const name = state.assistant ? state.assistant.name : t('chat.assistant');
  const text = h('div', { class: 'answer-text' });
  const article = h('article', { class: ['msg', 'assistant', answer.error && 'error'],
                                 'aria-busy': answer.streaming ? 'true' : 'false',
                                 'aria-label': t('chat.answer_from', { name }),
                                 tabindex: '-1' });
  const panel = h('div', { class: 'source-panel', role: 'region', tabindex: '-1', hidden: true });
  const view = { article, text, panel, openIndex: null, openButton: null };
  const badges = h('p', { class: 'badges' },
    answer.cache && answer.cache.status === 'hit'
      ? h('span', { class: ['badge', answer.cache.layer === 'curated' ? 'curated' : 'cache'] },
        answer.cache.layer === 'curated' ? t('chat.from_curated') : t('chat.from_cache')) : null,
    answer.refused ? h('span', { class: 'badge refused' }, t('chat.refused')) : null,
    answer.stopped ? h('span', { class: 'badge' }, t('chat.stopped')) : null);
  article.append(h('p', { class: 'who-label' }, name), badges);
  if (answer.error) {
    text.classList.add('answer-error');
    text.setAttribute('role', 'alert');
    text.textContent = answer.error;
  } else if (answer.streaming) {
    text.textContent = answer.text;
    if (!answer.text) text.append(h('span', { class: 'typing' }, t('chat.thinking')));
  } else {
    renderCited(text, answer, view);
  }
  article.append(text);
  if (!answer.streaming && !answer.error && answer.sources.length) {
    article.append(h('div', { class: 'sources' },
      h('span', { class: 'sources-label' }, t('chat.sources')),
      answer.sources.map((src) => citeButton(src, view, `${src.index}. ${src.document || ''}`))));
  }
  article.append(panel);
  if (!answer.streaming) article.append(renderActions(turn, answer, isLast));
  if (!badges.childNodes.length) badges.remove();
  return view;
}

function renderCited(el, answer, view) {
  const re = /\[(\d{1,3})\]/g;
  const text = answer.text;
  let last = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    const n = Number(m[1]);
    const src = answer.sources.find((s) => s.index === n);
    if (!src) continue;
    el.append(text.slice(last, m.index), citeButton(src, view, `[${n}]`, 'cite'));
    last = m.index + m[0].length;
  }
  el.append(text.slice(last));
}

function citeButton(src, view, label, cls = 'source-chip') {
  const b = h('button', { type: 'button', class: cls, 'aria-expanded': 'false',
                          'aria-label': t('chat.cite_label', { n: src.index, doc: src.document || '?' }),
                          'data-source': String(src.index) }, label);
  b.addEventListener('click', () => toggleSource(view, src, b));
  return b;
}

function toggleSource(view, src, button) {
  const panel = view.panel;
  const wasOpen = !panel.hidden && view.openIndex === src.index;
  closeSource(view, false);
  if (wasOpen) { button.focus(); return; }
  const headingId = `src-${++answerSeq}`;
  const rows = [
    ['chat.src_document', src.document],
    ['chat.src_section', src.section],
    ['chat.src_page', src.page],
    ['chat.src_kb', src.knowledge_base],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  const snippet = src.snippet || src.text || '';
  panel.replaceChildren(
    h('div', { class: 'source-head' },
      h('h3', { id: headingId }, t('chat.source_n', { n: src.index })),
      h('button', { type: 'button', class: 'close', 'aria-label': t('chat.close_source'),
                    onclick: () => closeSource(view, true) }, '×')),
    h('dl', { class: 'source-meta' }, rows.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, String(v))])),
    snippet ? h('blockquote', { class: 'snippet' }, snippet) : h('p', { class: 'hint' }, t('chat.no_snippet')));
  panel.setAttribute('aria-labelledby', headingId);
  panel.hidden = false;
  panel.onkeydown = (ev) => { if (ev.key === 'Escape') { ev.preventDefault(); closeSource(view, true); } };
  view.openIndex = src.index;
  view.openButton = button;
  for (const b of view.article.querySelectorAll(`[data-source="${src.index}"]`)) b.setAttribute('aria-expanded', 'true');
  panel.focus();
}

function closeSource(view, refocus) {
  view.panel.hidden = true;
  view.panel.replaceChildren();
  for (const b of view.article.querySelectorAll('[data-source]')) b.setAttribute('aria-expanded', 'false');
  if (refocus && view.openButton) view.openButton.focus();
  view.openIndex = null;
}

function icon(kind) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', 'M2 10h4v11H2z M8 10l4-8c1.7 0 3 1.3 3 3v3h5.5c1.4 0 2.4 1.3 2 2.6l-2.3 8c-.3.9-1.1 1.4-2 1.4H8z');
  if (kind === 'down') path.setAttribute('transform', 'rotate(180 12 12)');
  svg.append(path);
  return svg;
}

function renderActions(turn, answer, isLast) {
  const bar = h('div', { class: 'actions' });
  const status = h('p', { class: 'fb-status', role: 'status' }, answer.fbStatus || '');
  const forms = h('div', { class: 'fb-forms' });
  if (answer.id && !answer.error) {
    const vote = (rating) => {
      const next = answer.rating === rating ? null : rating;
      sendFeedback(answer, { rating: next }, status, () => {
        answer.rating = next;
        up.setAttribute('aria-pressed', String(next === 'up'));
        down.setAttribute('aria-pressed', String(next === 'down'));
      });
    };
    const up = h('button', { type: 'button', class: 'icon-btn', 'aria-pressed': String(answer.rating === 'up'),
                             title: t('chat.good'), onclick: () => vote('up') },
      icon('up'), h('span', { class: 'visually-hidden' }, t('chat.good')));
    const down = h('button', { type: 'button', class: 'icon-btn', 'aria-pressed': String(answer.rating === 'down'),
                               title: t('chat.bad'), onclick: () => vote('down') },
      icon('down'), h('span', { class: 'visually-hidden' }, t('chat.bad')));
    bar.append(up, down,
      feedbackToggle(answer, forms, status, 'comment', 'chat.comment', 'chat.comment_label'),
      feedbackToggle(answer, forms, status, 'correction', 'chat.correct', 'chat.correct_label'));
  }
  if (isLast && state.assistant && !answer.blocked) { // asking a blocked request again is another offense
    bar.append(h('button', { type: 'button', class: 'regen', disabled: state.busy,
                             onclick: () => regenerate(turn) }, t('chat.regenerate')));
  }
  if (turn.answers.length > 1) {
    const go = (d) => {
      turn.shown = (turn.shown + d + turn.answers.length) % turn.answers.length;
      renderTurn(turn);
      const again = turn.view.article.querySelector(d < 0 ? '.ver-prev' : '.ver-next');
      if (again) again.focus();
    };
    bar.append(h('span', { class: 'versions', role: 'group', 'aria-label': t('chat.versions') },
      h('button', { type: 'button', class: 'ver-prev', 'aria-label': t('chat.prev_answer'), onclick: () => go(-1) }, '‹'),
      h('span', { class: 'ver-count', 'aria-live': 'polite' },
        t('chat.version_of', { n: turn.shown + 1, total: turn.answers.length })),
      h('button', { type: 'button', class: 'ver-next', 'aria-label': t('chat.next_answer'), onclick: () => go(1) }, '›')));
  }
  return h('div', { class: 'answer-foot' }, bar, forms, status);
}

function feedbackToggle(answer, forms, status, field, labelKey, promptKey) {
  const id = `fb-${field}-${answer.n}`;
  const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': id }, t(labelKey));
  button.addEventListener('click', () => {
    const existing = document.getElementById(id);
    if (existing) {
      existing.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const area = h('textarea', { id: `${id}-text`, rows: field === 'correction' ? 4 : 2 });
    if (field === 'correction' && answer.text) area.value = answer.text;
    const form = h('form', { id, class: 'fb-form', novalidate: true },
      h('label', { for: `${id}-text` }, t(promptKey)), area,
      h('div', { class: 'fb-form-actions' },
        h('button', { type: 'submit', class: 'primary' }, t('chat.submit')),
        h('button', { type: 'button', onclick: () => { form.remove(); button.setAttribute('aria-expanded', 'false'); button.focus(); } },
          t('chat.cancel'))));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const value = area.value.trim();
      if (!value) { area.focus(); return; }
      sendFeedback(answer, { [field]: value }, status, () => {
        form.remove();
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      });
    });
    forms.append(form);
    button.setAttribute('aria-expanded', 'true');
    area.focus();
  });
  return button;
}

async function sendFeedback(answer, fields, status, done) {
  status.classList.remove('error');
  status.textContent = t('chat.sending');
  try {
    await api('/v1/feedback', { method: 'POST', json: { response_id: answer.id, ...fields } });
    answer.fbStatus = t('chat.thanks');
    status.textContent = answer.fbStatus;
    done();
  } catch (err) {
    if (expired(err)) return;
    status.classList.add('error');
    status.textContent = err instanceof ApiError ? err.message : t('common.network');
  }
}

async function regenerate(turn) {
  if (state.busy) return;
  const previous = turn.answers[turn.shown];
  await runTurn(turn, previous && !previous.error ? previous.id : null);
}

// -- sampling playground ----------------------------------------------------------------------------------------
let playOpened = false;
let chart = null;
let lastInspect = null;
let playTimer = null;
let playSeq = 0;

function wirePlayground() {
  const temp = $('play-temp');
  const topp = $('play-topp');
  const show = () => {
    $('play-temp-out').textContent = Number(temp.value).toFixed(2);
    $('play-topp-out').textContent = Number(topp.value).toFixed(2);
  };
  const again = () => {
    show();
    if (!lastInspect) return;
    clearTimeout(playTimer);
    playTimer = setTimeout(runInspect, 250);
  };
  temp.addEventListener('input', again);
  topp.addEventListener('input', again);
  show();
  $('play-form').addEventListener('submit', (ev) => { ev.preventDefault(); runInspect(); });
}

async function openPlayground() {
  if (!$('play-prompt').value) $('play-prompt').value = t('play.default_prompt');
  if (playOpened) return;
  playOpened = true;
  if (state.models === null) {
    try {
      const all = (await api('/v1/models')).data || [];
      state.models = all.filter((m) => m.bastion && m.bastion.kind === 'chat').map((m) => m.id);
    } catch (err) {
      if (expired(err)) return;
      state.models = [];
    }
  }
  fillPlayModels();
}

function fillPlayModels() {
  const sel = $('play-model');
  const models = [...(state.models || [])];
  const route = state.assistant && state.assistant.route;
  if (route && !models.includes(route)) models.unshift(route);
  const keep = sel.value;
  sel.replaceChildren(...models.map((m) => h('option', { value: m }, m)));
  if (keep && models.includes(keep)) sel.value = keep;
  else if (route) sel.value = route;
}

async function runInspect() {
  const model = $('play-model').value;
  const prompt = $('play-prompt').value;
  const err = $('play-error');
  if (!model || !prompt.trim()) {
    err.textContent = t(model ? 'play.need_prompt' : 'play.need_model');
    err.hidden = false;
    return;
  }
  err.hidden = true;
  const body = { model, temperature: Number($('play-temp').value), top_p: Number($('play-topp').value), top_k: 10 };
  if ($('play-raw').checked) body.prompt = prompt;
  else body.messages = [{ role: 'user', content: prompt }];
  const seq = ++playSeq;
  $('play-run').disabled = true;
  $('play-result').setAttribute('aria-busy', 'true');
  try {
    const data = await api('/v1/inspect/next-token', { method: 'POST', json: body });
    if (seq !== playSeq) return;
    lastInspect = data;
    drawInspect(data);
  } catch (e) {
    if (expired(e)) return;
    if (seq !== playSeq) return;
    err.textContent = e instanceof ApiError && e.code === 'content_policy_violation'
      ? t('chat.blocked', { category: categoryName(blockedCategory(e)) })
      : (e instanceof ApiError ? e.message : t('common.network'));
    err.hidden = false;
  } finally {
    if (seq === playSeq) {
      $('play-run').disabled = false;
      $('play-result').removeAttribute('aria-busy');
    }
  }
}

function visible(token) {
  if (token === '') return '∅';
  return token.replace(/ /g, '␣').replace(/\n/g, '⏎').replace(/\t/g, '⇥');
}

function renderPlaySummary(data) {
  const parts = [t('play.summary', {
    model: data.model, temp: Number(data.temperature).toFixed(2), top_p: Number(data.top_p).toFixed(2),
    kept: data.kept, raw: Number(data.entropy?.raw ?? 0).toFixed(2), sampled: Number(data.entropy?.sampled ?? 0).toFixed(2),
  })];
  if (data.note) parts.push(data.note);
  $('play-summary').textContent = parts.join(' ');
}

function drawInspect(data) {
  $('play-result').hidden = false;
  renderPlaySummary(data);
  const tokens = data.tokens || [];
  $('play-table').tBodies[0].replaceChildren(...tokens.map((tok) => h('tr', { class: tok.kept ? null : 'dropped' },
    h('th', { scope: 'row' }, h('code', {}, visible(tok.token))),
    h('td', {}, pct(tok.p_raw)), h('td', {}, pct(tok.p_sampled)))));
  const labels = tokens.map((tok) => visible(tok.token));
  const raw = tokens.map((tok) => tok.p_raw);
  const sampled = tokens.map((tok) => tok.p_sampled);
  if (typeof window.Chart !== 'function') {
    const err = $('play-error');
    err.textContent = t('play.no_chart');
    err.hidden = false;
    return;
  }
  if (chart) {
    chart.data.labels = labels;
    chart.data.datasets[0].data = raw;
    chart.data.datasets[1].data = sampled;
    chart.update();
    return;
  }
  const css = getComputedStyle(document.documentElement);
  const color = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  const textColor = color('--text', '#1b1f24');
  const grid = color('--border', '#d3d8df');
  chart = new window.Chart($('play-chart'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: t('play.raw'), data: raw, backgroundColor: color('--muted', '#5a6472') },
        { label: t('play.sampled'), data: sampled, backgroundColor: color('--accent', '#1f5fbf') },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: { duration: 250 },
      scales: {
        x: { ticks: { color: textColor, autoSkip: false, maxRotation: 60 }, grid: { display: false } },
        y: { beginAtZero: true, suggestedMax: 1, ticks: { color: textColor, callback: (v) => `${Math.round(v * 100)}%` },
             grid: { color: grid } },
      },
      plugins: {
        legend: { labels: { color: textColor } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${pct(ctx.parsed.y)}` } },
      },
    },
  });
}

function pct(p) {
  if (p === null || p === undefined) return '—';
  const v = p * 100;
  return `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}%`;
}

boot();
