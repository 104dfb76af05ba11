// Bastion's admin console: a client of the public admin API (docs/webapp.md), nothing more.
// Untrusted text (names, questions, answers, audit bodies) goes in through text nodes only; every plot is Chart.js.
// This module starts the page, signs in (and back in when the session ends) and switches the tabs; each tab
// lives in its own module and hands back its loaders.
import { applyI18n, currentSession, logout, mountLangSwitch, mountLogin } from './common.js';
import './admin-i18n.js';
import { $, state, whenExpired } from './admin-ui.js';
import { setupDashboard } from './admin-dash.js';
import { setupKnowledge } from './admin-kb.js';
import { setupAccess } from './admin-access.js';
import { setupAudit } from './admin-audit.js';
import { setupContent } from './admin-content.js';

const ADMIN_ROLES = ['admin', 'tenant-admin'];
const TABS = ['dashboard', 'assistants', 'knowledge', 'keys', 'policies', 'memory', 'audit'];
const LOADERS = {};
const tabs = { current: null, loaded: new Set() };

async function boot() {
  applyI18n(document);
  mountLangSwitch($('lang'));
  $('logout').addEventListener('click', async () => { await logout().catch(() => {}); window.location.reload(); });
  Object.assign(LOADERS, setupDashboard(), setupContent(), setupKnowledge(), setupAccess(), setupAudit());
  setupTabs();
  whenExpired(expired);
  let session = null;
  try {
    session = await currentSession();
  } catch (err) {
    $('booting').textContent = err.message;
    return;
  }
  $('booting').hidden = true;
  if (session) start(session);
  else showLogin();
}

function showLogin() {
  $('login').hidden = false;
  mountLogin($('login'), (session) => {
    $('login').hidden = true;
    $('login').replaceChildren();
    $('expired').hidden = true;
    if (!state.session) start(session);
    else if (sameIdentity(state.session, session)) start(session, { resumed: true });
    else window.location.reload();  // someone else signed in: nothing of the last session's pages stays
  });
}

const sameIdentity = (a, b) => ['name', 'role', 'tenant', 'user_id'].every((k) => (a[k] ?? null) === (b[k] ?? null));

// The API answered 401: the session expired, was ended elsewhere, or the user's password changed. The console
// is hidden (its half-filled forms are kept) until the same person signs in again.
function expired() {
  if (!state.session || !$('login').hidden) return;
  for (const id of ['console', 'denied', 'who', 'logout']) $(id).hidden = true;
  $('expired').hidden = false;
  showLogin();
}

function showWho(session) {
  $('who').textContent = `${session.name} · ${session.role} · ${session.tenant}`;
  $('who').hidden = false;
  $('logout').hidden = false;
}

// Show the console for `session`: on first sign-in the tab the URL names, on resuming after an expiry the
// tab that was open, with every tab reloaded when next shown.
function start(session, { resumed = false } = {}) {
  state.session = session;
  showWho(session);
  if (!ADMIN_ROLES.includes(session.role)) {
    $('denied').hidden = false;
    return;
  }
  $('console').hidden = false;
  if (resumed) {
    tabs.loaded.clear();
    select(tabs.current || 'dashboard', false);
  } else {
    const wanted = window.location.hash.slice(1);
    select(TABS.includes(wanted) ? wanted : 'dashboard', false);
  }
}

function setupTabs() {
  const list = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of list) {
    tab.addEventListener('click', () => select(tab.dataset.tab, true));
    tab.addEventListener('keydown', (ev) => {
      const i = list.indexOf(tab);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: list.length - 1 }[ev.key];
      if (next === undefined) return;
      ev.preventDefault();
      const target = list[(next + list.length) % list.length];
      select(target.dataset.tab, true);
      target.focus();
    });
  }
  window.addEventListener('hashchange', () => {
    const wanted = window.location.hash.slice(1);
    if (state.session && TABS.includes(wanted) && wanted !== tabs.current) select(wanted, false);
  });
}

function select(name, push) {
  tabs.current = name;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  if (push && window.location.hash !== `#${name}`) window.history.replaceState(null, '', `#${name}`);
  if (!tabs.loaded.has(name)) {
    tabs.loaded.add(name);
    LOADERS[name]?.();
  }
}

boot();
