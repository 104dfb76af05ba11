// Asking: build the request from the conversation, stream the answer into the log, stop it, ask again
// (regenerate), store what was kept, and send feedback on an answer.
import { ApiError, api, apiStream, t } from './common.js';
import {
  $, blockedCategory, categoryName, completed, expired, hooks, makeAnswer, state,
} from './chat-state.js';
import { hideComposerError, renderAttachments, showComposerError, visionRefusal } from './chat-images.js';
import { mountTurn, renderTurn, showStreamingText } from './chat-render.js';
import { dropEmptyConversation, ensureConversation, persist } from './chat-history.js';

const IMAGE_MARKER = '[image]'; // what an earlier turn's picture becomes, as in the server-side history

export function setBusy(busy) {
  state.busy = busy;
  $('send').disabled = busy;
  $('stop').hidden = !busy;
  for (const b of document.querySelectorAll('.starter, .regen')) b.disabled = busy;
}

export function stop() {
  if (state.controller) state.controller.abort();
}

export function sendFromComposer() {
  send($('composer-input').value, state.attachments);
}

export async function send(raw, images) {
  const text = (raw || '').trim();
  if (state.busy || !state.assistant || (!text && !images.length)) return;
  const refusal = visionRefusal();
  if (images.length && refusal) {
    showComposerError(refusal);
    $('composer-input').focus();
    return;
  }
  hideComposerError();
  const turn = { user: { text, images: images.slice() }, userStored: false, answers: [], shown: 0 };
  state.attachments = [];
  renderAttachments();
  $('composer-input').value = '';
  state.turns.push(turn);
  mountTurn(turn);
  hooks.renderIntro();
  await runTurn(turn, null);
}

// Ask again for the last turn's answer. The shown answer is named as the one replaced (both are kept and
// paired for preference data) only if it completed; after a failure or Stop this is a plain retry (a stopped
// answer stays stored as the turn's earlier answer, but is never the rejected half of a pair).
export async function regenerate(turn) {
  if (state.busy) return;
  const previous = turn.answers[turn.shown];
  await runTurn(turn, completed(previous) ? previous.id : null);
}

// The user's message as the API gets it. Only the turn being answered carries its pictures (image_url
// parts): an earlier turn's images become the text "[image]", so a picture is uploaded once, not with every
// later message. A picture reloaded from history (no data left) is "[image]" too.
function userMessage(u, current) {
  const pictures = current ? u.images.filter((i) => i.url) : [];
  const markers = u.images.filter((i) => !pictures.includes(i)).map(() => IMAGE_MARKER);
  const text = [u.text, ...markers].filter(Boolean).join('\n');
  if (!pictures.length) return { role: 'user', content: text };
  const parts = text ? [{ type: 'text', text }] : [];
  for (const img of pictures) parts.push({ type: 'image_url', image_url: { url: img.url } });
  return { role: 'user', content: parts };
}

function messagesFor(turn) {
  const out = [];
  for (const tr of state.turns) {
    if (tr === turn) break;
    const a = tr.answers[tr.shown];
    if (!a || a.error || !a.text) continue; // blocked or failed turns are not sent again
    out.push(userMessage(tr.user, false), { role: 'assistant', content: a.text });
  }
  out.push(userMessage(turn.user, true));
  return out;
}

async function stream(turn, answer, headers, signal) {
  const body = { model: `assistant/${state.assistant.name}`, stream: true, messages: messagesFor(turn) };
  const chunks = await apiStream('/v1/chat/completions', body, {
    headers, signal,
    onResponse: (resp) => {
      const status = resp.headers.get('x-bastion-cache');
      if (status === 'hit') answer.cache = { status, layer: resp.headers.get('x-bastion-cache-layer') || null };
    },
  });
  for await (const chunk of chunks) {
    if (chunk.id && !answer.id) answer.id = chunk.id;
    let grew = false;
    for (const c of chunk.choices || []) {
      const piece = c.delta && c.delta.content;
      if (piece) { answer.text += piece; grew = true; }
    }
    if (grew) showStreamingText(turn, answer);
    const ext = chunk.bastion;
    if (ext) {
      if (Array.isArray(ext.sources)) answer.sources = ext.sources;
      if (ext.refused !== undefined) answer.refused = Boolean(ext.refused);
      if (ext.cache && ext.cache.status === 'hit') answer.cache = ext.cache;
    }
  }
}

function fail(answer, err) {
  if (err && err.name === 'AbortError') {
    answer.stopped = true;
  } else if (err instanceof ApiError && err.code === 'content_policy_violation') {
    answer.blocked = blockedCategory(err);
    answer.error = t('chat.blocked', { category: categoryName(answer.blocked) });
  } else {
    expired(err);
    answer.error = err instanceof ApiError ? err.message : t('common.network');
  }
}

async function runTurn(turn, regenerateOf) {
  setBusy(true);
  try {
    // the first message creates the conversation; so does asking again after a first answer that failed
    // (its empty conversation was dropped)
    await ensureConversation(turn.user.text || t('chat.image_only'));
  } catch {
    setBusy(false); // the session ended: the login form is showing
    return;
  }
  const conv = state.conv;
  const answer = makeAnswer({ streaming: true });
  turn.answers.push(answer);
  turn.shown = turn.answers.length - 1;
  renderTurn(turn);
  const headers = {};
  if (conv) headers['x-bastion-conversation'] = conv.id;
  if (regenerateOf) headers['x-bastion-regenerate-of'] = regenerateOf;
  const ctrl = new AbortController();
  state.controller = ctrl;
  try {
    await stream(turn, answer, headers, ctrl.signal);
  } catch (err) {
    fail(answer, err);
  } finally {
    answer.streaming = false;
    if (state.controller === ctrl) state.controller = null;
    setBusy(false);
  }
  if (answer.blocked && answer.text) answer.text = ''; // never keep text the policy stopped mid-way
  const left = !state.turns.includes(turn); // the chat was left (new chat, another conversation, logout)
  // kept: a complete answer, or a stopped one's partial text (what the user saw); not a failure, not an empty
  // stop, not an answer cut off by leaving the chat
  const kept = !left && !answer.error && Boolean(answer.text);
  if (!kept) dropEmptyConversation(conv);
  if (left) return;
  renderTurn(turn);
  if (kept) await persist(turn, answer, regenerateOf);
  const active = document.activeElement;
  if ((!active || active === document.body) && turn.view) turn.view.article.focus({ preventScroll: true });
}

export async function sendFeedback(answer, fields, status, done) {
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
