// The conversations sidebar and the server-side history (/v1/conversations): list, open, delete, start a
// new chat, create a conversation for the first message, and store each kept answer with its question.
import { api, getLang, h, t } from './common.js';
import { $, expired, hooks, makeAnswer, state } from './chat-state.js';
import { checkVision, hideComposerError, renderAttachments } from './chat-images.js';
import { mountTurn } from './chat-render.js';

const convPath = (id) => `/v1/conversations/${encodeURIComponent(id)}`;

export async function refreshHistory() {
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

export function renderHistory() {
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
    await api(convPath(c.id), { method: 'DELETE' });
    $('conv-status').textContent = t('chat.deleted', { title: c.title || t('chat.untitled') });
    if (state.conv && state.conv.id === c.id) newChat({ focus: false });
  } catch (err) {
    if (expired(err)) return;
    $('conv-status').textContent = err.message;
  }
  await refreshHistory();
  $('new-chat').focus();
}

export function resetChat(keepAttachments = false) {
  if (state.controller) state.controller.abort();
  state.conv = null;
  state.turns = [];
  if (!keepAttachments) state.attachments = [];
  $('messages').replaceChildren();
  hideComposerError();
  renderAttachments();
  checkVision();
}

export function newChat({ focus, keepAttachments = false }) {
  resetChat(keepAttachments);
  history.replaceState(null, '', location.pathname);
  hooks.renderIntro();
  renderHistory();
  hooks.toggleHistory(false);
  if (focus) $('composer-input').focus();
}

export async function openConversation(id, { quiet = false } = {}) {
  let conv;
  try {
    conv = await api(convPath(id));
  } catch (err) {
    if (expired(err)) return;
    if (!quiet) $('conv-status').textContent = err.message;
    newChat({ focus: false });
    return;
  }
  resetChat();
  const a = state.assistants.find((x) => x.id === conv.assistant || x.name === conv.assistant);
  if (a && a !== state.assistant) hooks.chooseAssistant(a);
  state.conv = { id: conv.id, title: conv.title, assistant: conv.assistant };
  history.replaceState(null, '', `#c=${encodeURIComponent(conv.id)}`);
  for (const m of conv.messages || []) {
    const meta = m.meta || {};
    if (m.role === 'user' || !state.turns.length) {
      const images = (meta.images || []).map((name) => ({ name, url: null }));
      state.turns.push({ user: { text: m.role === 'user' ? m.content : '', images }, userStored: true,
                         answers: [], shown: 0 });
      if (m.role === 'user') continue;
    }
    const turn = state.turns[state.turns.length - 1];
    turn.answers.push(makeAnswer({ text: m.content || '', id: m.response_id || null, sources: meta.sources || [],
                                   cache: meta.cache || null, refused: Boolean(meta.refused),
                                   stopped: Boolean(meta.stopped) }));
    turn.shown = turn.answers.length - 1;
  }
  for (const turn of state.turns) mountTurn(turn);
  hooks.renderIntro();
  renderHistory();
  hooks.toggleHistory(false);
  if (!quiet) $('composer-input').focus();
}

// The conversation this chat is stored in, created on the first message (or on asking again after the
// first answer failed and its empty conversation was dropped). Throws only when the session ended.
export async function ensureConversation(title) {
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

// A conversation created for an answer that was not kept (failed, blocked, stopped before any text) holds
// nothing: drop it, so the list shows no empty conversation. Asking again creates a new one.
export function dropEmptyConversation(conv) {
  if (!conv || !conv.fresh) return;
  if (state.conv === conv) {
    state.conv = null;
    history.replaceState(null, '', location.pathname);
  }
  api(convPath(conv.id), { method: 'DELETE' }).catch(() => {});
}

function storedSources(sources) {
  return sources.map((src) => {
    const snippet = src.snippet || src.text;
    const { text, ...rest } = src; // the snippet is enough to redraw the source; keep the row small
    void text;
    return snippet ? { ...rest, snippet: snippet.slice(0, 1500) } : rest;
  });
}

// Store a kept answer, preceded by the turn's question unless that is stored already (an earlier answer to it
// was kept). `regenerateOf` is the completed answer this one was asked to replace, if any; a stopped answer's
// partial text is stored with `meta.stopped`. Stores run one after another, in the order they were asked
// for, so an answer asked again at once never lands before (or repeats the question of) the one before it.
let storing = Promise.resolve();

export function persist(turn, answer, regenerateOf) {
  const conv = state.conv;
  if (!conv) return storing;
  conv.fresh = false; // it is about to hold this answer: a failure asked for meanwhile must not drop it
  storing = storing.then(() => store(conv, turn, answer, regenerateOf)).catch(() => {});
  return storing;
}

async function store(conv, turn, answer, regenerateOf) {
  const messages = [];
  if (!turn.userStored) {
    const m = { role: 'user', content: turn.user.text || t('chat.image_only') };
    if (turn.user.images.length) m.meta = { images: turn.user.images.map((i) => i.name) };
    messages.push(m);
  }
  const meta = { sources: storedSources(answer.sources), cache: answer.cache, refused: answer.refused };
  if (regenerateOf) meta.regenerate_of = regenerateOf;
  if (answer.stopped) meta.stopped = true;
  messages.push({ role: 'assistant', content: answer.text, response_id: answer.id || undefined, meta });
  try {
    await api(`${convPath(conv.id)}/messages`, { method: 'POST', json: { messages } });
    turn.userStored = true;
  } catch (err) {
    if (expired(err)) return;
    $('conv-status').textContent = t('chat.history_failed', { message: err.message });
  }
  await refreshHistory();
}
