// The chat page's shared state and the few helpers every chat module needs. A leaf module: it imports only
// common.js, so the other chat-*.js modules can all import it without a cycle. What one module needs from a
// module that imports it (chat.js's assistant picker, chat-send.js's regenerate) goes through `hooks`, which
// chat.js fills at start-up.
import { ApiError, t } from './common.js';

export const $ = (id) => document.getElementById(id);

export const state = {
  session: null,
  assistants: [],
  assistant: null,
  conv: null, // {id, title, assistant, fresh}: fresh while nothing has been stored (or queued to be) in it yet
  conversations: [],
  // [{user: {text, images: [{name, url}]}, userStored, answers: [answer], shown, el, view}]
  // userStored: the user's message is in the server-side conversation (it is stored with the turn's first
  // answer that is kept, whichever attempt that is)
  turns: [],
  attachments: [],
  busy: false,
  controller: null,
  models: null,
};

// Set by chat.js: showLogin(), chooseAssistant(a), renderIntro(), toggleHistory(open), regenerate(turn),
// sendFeedback(answer, fields, statusEl, done).
export const hooks = {};

let seq = 0;
export const nextSeq = () => ++seq; // unique ids for answers and the elements drawn for them

export function makeAnswer(fields = {}) {
  return { n: nextSeq(), text: '', id: null, sources: [], cache: null, refused: false, error: null,
           blocked: null, streaming: false, stopped: false, rating: null, ...fields };
}

// An answer that ended normally: it has a response id and was neither stopped nor failed. Only such an
// answer may be named as the one a regeneration replaces (the preference pairs would otherwise pair a
// truncated or missing answer).
export function completed(answer) {
  return Boolean(answer && answer.id && !answer.error && !answer.stopped && !answer.streaming);
}

// A 401 means the session ended: back to the login form. Answers whether it was one.
export function expired(err) {
  if (err instanceof ApiError && err.status === 401) {
    if (hooks.showLogin) hooks.showLogin();
    return true;
  }
  return false;
}

export function blockedCategory(err) {
  if (err.category && /^[\w:-]{1,40}$/.test(err.category)) return err.category;
  const m = /category:\s*([\w:-]{1,40})/i.exec(err.message || ''); // an older gateway's message
  return m ? m[1] : 'other';
}

export function categoryName(cat) {
  const base = String(cat).split(':')[0];
  const key = `cat.${base}`;
  const name = t(key);
  return name === key ? base.replace(/_/g, ' ') : name;
}

export function errorText(err) {
  if (err instanceof ApiError && err.code === 'content_policy_violation') {
    return t('chat.blocked', { category: categoryName(blockedCategory(err)) });
  }
  return err instanceof ApiError ? err.message : t('common.network');
}
