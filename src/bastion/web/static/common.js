// Shared front-end helpers for Bastion's pages: the API client (cookie session + CSRF header), server-sent
// events, the login form, a small DOM builder, and UI strings in English and Korean.
// No framework, no innerHTML: every piece of untrusted text goes in through text nodes.

let csrfMemo = null; // the session's CSRF token as /web/login or /web/session returned it

// -- API -------------------------------------------------------------------------------------------------------
export class ApiError extends Error {
  constructor(message, { status = 0, code = null, type = null, param = null, category = null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.type = type;
    this.param = param;
    this.category = category; // a content-policy block names its category (never the matched text)
  }
}

function cookie(name) {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

function errorFrom(status, data, fallback) {
  const e = data && typeof data === 'object' ? data.error : null;
  if (e && typeof e === 'object') {
    return new ApiError(String(e.message || fallback), { status, code: e.code ?? null, type: e.type ?? null,
                                                         param: e.param ?? null, category: e.category ?? null });
  }
  return new ApiError(fallback, { status });
}

async function failure(resp) {
  let data = null;
  try { data = await resp.json(); } catch { /* not JSON */ }
  return errorFrom(resp.status, data, `HTTP ${resp.status} ${resp.statusText || ''}`.trim());
}

// The session's CSRF token: the `bastion_csrf` cookie, else the token /web/login or /web/session returned.
export function csrfToken() {
  return cookie('bastion_csrf') || csrfMemo;
}

function prepare(method, json, body, headers) {
  const h = { ...headers };
  if (json !== undefined) {
    h['content-type'] = 'application/json';
    body = JSON.stringify(json);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) h['x-csrf-token'] = token;
  }
  return { method, headers: h, body, credentials: 'same-origin' };
}

export async function api(path, { method = 'GET', json, body, headers = {}, signal } = {}) {
  method = method.toUpperCase();
  let resp;
  try {
    resp = await fetch(path, { ...prepare(method, json, body, headers), signal });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(t('common.network'), { status: 0, code: 'network_error' });
  }
  if (!resp.ok) throw await failure(resp);
  if (resp.status === 204) return null;
  const type = resp.headers.get('content-type') || '';
  return type.includes('json') ? resp.json() : resp.text();
}

// POST `json` to `path` and stream the answer: an async generator of the parsed `data:` objects, ending at
// [DONE]. A `data: {"error": ...}` event in the stream is thrown as an ApiError (with `midStream` set).
export async function apiStream(path, json, { headers = {}, signal, onResponse } = {}) {
  let resp;
  try {
    resp = await fetch(path, { ...prepare('POST', json, undefined, { accept: 'text/event-stream', ...headers }),
                               signal });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(t('common.network'), { status: 0, code: 'network_error' });
  }
  if (onResponse) onResponse(resp);
  if (!resp.ok) throw await failure(resp);
  return events(resp);
}

async function* events(resp) {
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buf.search(/\r?\n\r?\n/)) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut).replace(/^\r?\n\r?\n/, '');
        const data = block.split(/\r?\n/).filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).replace(/^ /, '')).join('\n');
        if (!data) continue;
        if (data === '[DONE]') return;
        let obj;
        try { obj = JSON.parse(data); } catch { continue; }
        if (obj && obj.error && !obj.choices) {
          const e = errorFrom(resp.status, obj, 'the stream failed');
          e.midStream = true;
          throw e;
        }
        yield obj;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

// -- session ---------------------------------------------------------------------------------------------------
export async function currentSession() {
  try {
    const s = await api('/web/session');
    if (s && s.csrf_token) csrfMemo = s.csrf_token;
    return s;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function logout() {
  try {
    await api('/web/logout', { method: 'POST' });
  } finally {
    csrfMemo = null;
  }
}

let formSeq = 0;

export function mountLogin(container, onLoggedIn) {
  const n = ++formSeq;
  const id = (s) => `login${n}-${s}`;
  let mode = 'key';
  const error = h('p', { class: 'form-error', role: 'alert', id: id('error'), hidden: true });
  const keyInput = h('input', { id: id('key'), name: 'api_key', type: 'password', autocomplete: 'off',
                                spellcheck: 'false', autocapitalize: 'off', placeholder: 'bst_…',
                                'aria-describedby': id('keyhelp') });
  const userInput = h('input', { id: id('user'), name: 'username', type: 'text', autocomplete: 'username',
                                 autocapitalize: 'off', spellcheck: 'false' });
  const passInput = h('input', { id: id('pass'), name: 'password', type: 'password',
                                 autocomplete: 'current-password' });
  const tenantInput = h('input', { id: id('tenant'), name: 'tenant', type: 'text', autocomplete: 'organization',
                                   autocapitalize: 'off', spellcheck: 'false' });
  const keyFields = h('div', { class: 'login-fields', id: id('keyfields') },
    h('label', { for: id('key'), 'data-i18n': 'login.key' }, t('login.key')),
    keyInput,
    h('p', { class: 'hint', id: id('keyhelp'), 'data-i18n': 'login.key_help' }, t('login.key_help')));
  const userFields = h('div', { class: 'login-fields', id: id('userfields'), hidden: true },
    h('label', { for: id('user'), 'data-i18n': 'login.username' }, t('login.username')), userInput,
    h('label', { for: id('pass'), 'data-i18n': 'login.password' }, t('login.password')), passInput,
    h('label', { for: id('tenant'), 'data-i18n': 'login.tenant' }, t('login.tenant')), tenantInput);
  const radio = (value, key) => h('label', { class: 'seg' },
    h('input', { type: 'radio', name: id('mode'), value, checked: value === mode,
                 onchange: () => setMode(value) }),
    h('span', { 'data-i18n': key }, t(key)));
  const submit = h('button', { type: 'submit', class: 'primary', 'data-i18n': 'login.submit' }, t('login.submit'));

  function setMode(m) {
    mode = m;
    keyFields.hidden = m !== 'key';
    userFields.hidden = m !== 'user';
    error.hidden = true;
    (m === 'key' ? keyInput : userInput).focus();
  }

  async function onsubmit(ev) {
    ev.preventDefault();
    error.hidden = true;
    let body;
    if (mode === 'key') {
      if (!keyInput.value.trim()) return fail(t('login.need_key'), keyInput);
      body = { api_key: keyInput.value.trim() };
    } else {
      if (!userInput.value.trim() || !passInput.value) return fail(t('login.need_user'), userInput);
      body = { username: userInput.value.trim(), password: passInput.value };
      if (tenantInput.value.trim()) body.tenant = tenantInput.value.trim();
    }
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const session = await api('/web/login', { method: 'POST', json: body });
      csrfMemo = session.csrf_token || null;
      keyInput.value = '';
      passInput.value = '';
      onLoggedIn(session);
    } catch (err) {
      keyInput.value = '';
      passInput.value = '';
      fail(err instanceof ApiError ? err.message : t('common.network'), mode === 'key' ? keyInput : passInput);
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
    return undefined;
  }

  function fail(message, input) {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-errormessage', id('error'));
    input.focus();
  }

  const form = h('form', { class: 'login card', onsubmit, 'aria-labelledby': id('title'), novalidate: true },
    h('h2', { id: id('title'), 'data-i18n': 'login.title' }, t('login.title')),
    h('fieldset', { class: 'segmented' },
      h('legend', { 'data-i18n': 'login.how' }, t('login.how')),
      radio('key', 'login.by_key'), radio('user', 'login.by_user')),
    keyFields, userFields, error, submit);
  for (const input of [keyInput, userInput, passInput]) {
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  }
  container.replaceChildren(form);
  keyInput.focus();
  return form;
}

// -- DOM -------------------------------------------------------------------------------------------------------
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'value' && 'value' in el) el.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled' || k === 'hidden') el[k] = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// -- i18n ------------------------------------------------------------------------------------------------------
const STRINGS = { en: {}, ko: {} };
const LANGS = ['en', 'ko'];
const LANG_KEY = 'bastion.lang';

export function registerStrings(table) {
  for (const [lang, strings] of Object.entries(table || {})) {
    STRINGS[lang] = { ...(STRINGS[lang] || {}), ...strings };
  }
}

export function t(key, vars = {}) {
  const lang = getLang();
  let s = STRINGS[lang]?.[key] ?? STRINGS.en[key] ?? key;
  for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

let currentLang = null;

export function getLang() {
  if (currentLang) return currentLang;
  let saved = null;
  try { saved = localStorage.getItem(LANG_KEY); } catch { /* storage off */ }
  if (LANGS.includes(saved)) {
    currentLang = saved;
  } else {
    const first = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    currentLang = first.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
  return currentLang;
}

export function setLang(lang) {
  if (!LANGS.includes(lang)) lang = 'en';
  currentLang = lang;
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* storage off */ }
  document.documentElement.lang = lang;
  applyI18n(document);
  window.dispatchEvent(new CustomEvent('bastion:lang', { detail: { lang } }));
}

export function applyI18n(root = document) {
  if (root === document) document.documentElement.lang = getLang();
  const each = (sel, fn) => {
    if (root.matches && root.matches(sel)) fn(root);
    root.querySelectorAll(sel).forEach(fn);
  };
  each('[data-i18n]', (el) => { el.textContent = t(el.dataset.i18n); });
  each('[data-i18n-placeholder]', (el) => el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder)));
  each('[data-i18n-aria-label]', (el) => el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)));
  each('[data-i18n-title]', (el) => el.setAttribute('title', t(el.dataset.i18nTitle)));
}

let switchSeq = 0;

export function mountLangSwitch(container) {
  const id = `lang-switch-${++switchSeq}`;
  const select = h('select', { id, onchange: () => setLang(select.value) },
    h('option', { value: 'en', lang: 'en' }, 'English'),
    h('option', { value: 'ko', lang: 'ko' }, '한국어'));
  select.value = getLang();
  window.addEventListener('bastion:lang', () => { select.value = getLang(); });
  const wrap = h('div', { class: 'lang-switch' },
    h('label', { for: id, 'data-i18n': 'common.language' }, t('common.language')), select);
  container.replaceChildren(wrap);
  return select;
}

registerStrings({
  en: {
    'common.language': 'Language',
    'common.network': 'Bastion could not be reached. Check your connection and try again.',
    'common.logout': 'Log out',
    'common.loading': 'Loading…',
    'login.title': 'Sign in to Bastion',
    'login.how': 'Sign in with',
    'login.by_key': 'API key',
    'login.by_user': 'Username + password',
    'login.key': 'Your API key',
    'login.key_help': 'Sent once to the server, which keeps you signed in with a secure cookie. The key is never stored in this browser.',
    'login.username': 'Username or e-mail',
    'login.password': 'Password',
    'login.tenant': 'Tenant (only if your name is used in several)',
    'login.submit': 'Sign in',
    'login.need_key': 'Enter your API key.',
    'login.need_user': 'Enter your username and password.',
  },
  ko: {
    'common.language': '언어',
    'common.network': 'Bastion에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
    'common.logout': '로그아웃',
    'common.loading': '불러오는 중…',
    'login.title': 'Bastion 로그인',
    'login.how': '로그인 방법',
    'login.by_key': 'API 키',
    'login.by_user': '사용자 이름 + 비밀번호',
    'login.key': '내 API 키',
    'login.key_help': '키는 서버로 한 번만 전송되며, 서버가 보안 쿠키로 로그인을 유지합니다. 키는 이 브라우저에 저장되지 않습니다.',
    'login.username': '사용자 이름 또는 이메일',
    'login.password': '비밀번호',
    'login.tenant': '테넌트 (같은 이름이 여러 테넌트에 있을 때만)',
    'login.submit': '로그인',
    'login.need_key': 'API 키를 입력하세요.',
    'login.need_user': '사용자 이름과 비밀번호를 입력하세요.',
  },
});
