// The chat at `/`: log in, pick an assistant, stream cited answers, give feedback, regenerate, attach images,
// keep the history on the server, and play with temperature and top-p. A client of the public API only.
//
// This module boots the page and wires it together; the rest is split by job (docs/webapp.md):
//   chat-state.js       shared state, hooks between modules, error helpers (imports nothing of the chat)
//   chat-images.js      attachments: paste, drop, pick; the vision check
//   chat-render.js      drawing turns, answers, badges, citations, feedback bar, answer switcher
//   chat-history.js     conversations sidebar and server-side persistence
//   chat-send.js        building requests, streaming, stop, regenerate, feedback
//   chat-playground.js  the sampling playground
import { api, applyI18n, currentSession, h, logout, mountLangSwitch, mountLogin, t } from './common.js';
import './chat-i18n.js';
import { $, expired, hooks, state } from './chat-state.js';
import { renderAttachments, wireImages } from './chat-images.js';
import { renderAllTurns } from './chat-render.js';
import { newChat, openConversation, refreshHistory, renderHistory, resetChat } from './chat-history.js';
import { regenerate, send, sendFeedback, sendFromComposer, stop } from './chat-send.js';
import { openPlayground, playAssistantChanged, relabelPlayground, wirePlayground } from './chat-playground.js';

const PREF_ASSISTANT = 'bastion.assistant'; // a preference, not a secret

Object.assign(hooks, { showLogin, chooseAssistant, renderIntro, toggleHistory, regenerate, sendFeedback });

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
  $('who').textContent = t('chat.who', { name: s.name, role: s.role, tenant: s.tenant });
}

function onLang() {
  renderWho();
  renderAssistantOptions();
  renderIntro();
  renderAllTurns();
  renderHistory();
  renderAttachments();
  relabelPlayground();
}

// -- static wiring ----------------------------------------------------------------------------------------------
function wireStatic() {
  $('logout').addEventListener('click', async () => {
    stop();
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
  $('composer-input').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
      ev.preventDefault();
      sendFromComposer();
    }
  });
  $('composer').addEventListener('submit', (ev) => { ev.preventDefault(); sendFromComposer(); });
  $('stop').addEventListener('click', stop);
  wireImages();
  wireTabs();
  wirePlayground();
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
  playAssistantChanged();
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

boot();
