// The "Keys & tenants" tab: tenants (an admin creates them), users (created with an optional web-app password,
// which an admin can set or remove later) and API keys (shown once, revoked, offenses lifted).
// A password goes to the API once: it is never shown, and its field is emptied as soon as the form is sent.
import { api, h, t } from './common.js';
import {
  $, button, enc, fillTenantSelect, guarded, isAdmin, loadTenants, say, showError, state, table, when,
} from './admin-ui.js';

const access = { pwUser: null };

export function setupAccess() {
  $('tenant-create').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { id: $('tenant-id').value.trim(), retention: $('tenant-retention').value };
    if ($('tenant-name').value.trim()) body.name = $('tenant-name').value.trim();
    if (await guarded($('tenant-error'), () => api('/admin/tenants', { method: 'POST', json: body }))) {
      $('tenant-id').value = '';
      $('tenant-name').value = '';
      loadAccessTab();
    }
  });
  setupUsers();
  setupKeys();
  return { keys: loadAccessTab };
}

async function loadAccessTab() {
  await loadTenants();
  fillTenantSelect($('key-tenant'));
  fillTenantSelect($('user-tenant'));
  $('tenant-create').hidden = !isAdmin();
  for (const sel of [$('key-role'), $('user-role')]) {
    sel.querySelector('option[value="admin"]').hidden = !isAdmin();  // only an admin grants the admin role
  }
  $('tenant-list').replaceChildren(table([
    { key: 'col.id', cell: (x) => x.id },
    { key: 'col.name', cell: (x) => x.name },
    { key: 'col.policy', cell: (x) => x.policy || t('keys.default_policy') },
    { key: 'col.retention', cell: (x) => x.retention },
    { key: 'col.state', cell: (x) => (x.disabled ? t('state.disabled') : t('state.active')) },
  ], state.tenants, { caption: 'keys.tenants' }));
  await Promise.all([loadUsers(), loadKeys()]);
}

// -- users -----------------------------------------------------------------------------------------------------
function setupUsers() {
  $('user-create').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { tenant_id: $('user-tenant').value, name: $('user-name').value.trim(),
                   role: $('user-role').value };
    if ($('user-email').value.trim()) body.email = $('user-email').value.trim();
    if ($('user-password').value) body.password = $('user-password').value;
    $('user-password').value = '';
    const made = await guarded($('user-error'), () => api('/admin/users', { method: 'POST', json: body }));
    if (!made) return;
    $('user-name').value = '';
    $('user-email').value = '';
    say($('user-status'), t('users.created', { name: made.name }));
    loadUsers();
  });
  $('user-pw-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const user = access.pwUser;
    const password = $('user-pw').value;
    $('user-pw').value = '';
    if (!user) return;
    if (await setPassword(user, password, $('user-pw-error'))) closePasswordForm();
  });
  $('user-pw-cancel').addEventListener('click', closePasswordForm);
}

async function loadUsers() {
  const users = await guarded($('user-error'), () => api('/admin/users'));
  if (!users) return;
  $('user-list').replaceChildren(table([
    { key: 'col.name', cell: (u) => u.name },
    { key: 'col.email', cell: (u) => u.email || '' },
    { key: 'col.tenant', cell: (u) => u.tenant_id },
    { key: 'col.role', cell: (u) => u.role },
    { key: 'col.login', cell: (u) => (u.has_password ? t('users.has_password') : t('users.no_password')) },
    { key: 'col.created', cell: (u) => when(u.created_at) },
    { key: 'col.actions', cell: (u) => h('span', { class: 'row' },
      button('users.set_password', () => openPasswordForm(u), {
        'aria-label': t('users.set_password_named', { name: u.name }) }),
      u.has_password ? button('users.remove_password', async () => {
        if (!window.confirm(t('users.confirm_remove', { name: u.name }))) return;
        await setPassword(u, null, $('user-error'));
      }, { class: 'danger', 'aria-label': t('users.remove_password_named', { name: u.name }) }) : null) },
  ], users.data, { caption: 'users.title', empty: 'users.none' }));
}

async function setPassword(user, password, errorEl) {
  const done = await guarded(errorEl, () => api(`/admin/users/${enc(user.id)}`,
    { method: 'PATCH', json: { password } }));
  if (!done) return false;
  say($('user-status'), t(password === null ? 'users.password_removed' : 'users.password_set', { name: user.name }));
  await loadUsers();
  return true;
}

function openPasswordForm(user) {
  access.pwUser = user;
  showError($('user-pw-error'), null);
  say($('user-status'), '');
  $('user-pw-label').textContent = t('users.new_password_for', { name: user.name });
  $('user-pw').value = '';
  $('user-pw-form').hidden = false;
  $('user-pw').focus();
}

function closePasswordForm() {
  access.pwUser = null;
  $('user-pw').value = '';
  $('user-pw-form').hidden = true;
}

// -- keys ------------------------------------------------------------------------------------------------------
function setupKeys() {
  $('key-create').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { name: $('key-name').value.trim(), role: $('key-role').value, tenant_id: $('key-tenant').value };
    const made = await guarded($('key-error'), () => api('/admin/keys', { method: 'POST', json: body }));
    if (!made) return;
    $('key-name').value = '';
    $('key-new-value').textContent = made.key;
    $('key-new').hidden = false;
    $('key-copy').focus();
    loadKeys();
  });
  $('key-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($('key-new-value').textContent);
      say($('key-copy'), t('keys.copied'));
    } catch {
      window.getSelection().selectAllChildren($('key-new-value'));
    }
  });
  $('key-dismiss').addEventListener('click', () => {
    $('key-new-value').textContent = '';
    $('key-new').hidden = true;
    say($('key-copy'), t('keys.copy'));
  });
}

async function loadKeys() {
  const keys = await guarded($('key-error'), () => api('/admin/keys'));
  if (!keys) return;
  const stateOf = (k) => [k.disabled && t('state.revoked'), k.suspended && t('state.suspended'),
    k.throttled && t('state.throttled')].filter(Boolean).join(', ') || t('state.active');
  $('key-list').replaceChildren(table([
    { key: 'col.name', cell: (k) => k.name || '–' },
    { key: 'col.prefix', cell: (k) => h('code', {}, k.prefix) },
    { key: 'col.tenant', cell: (k) => k.tenant_id },
    { key: 'col.role', cell: (k) => k.role },
    { key: 'col.created', cell: (k) => when(k.created_at) },
    { key: 'col.state', cell: stateOf },
    { key: 'col.actions', cell: (k) => h('span', { class: 'row' },
      k.disabled ? null : button('keys.revoke', async () => {
        if (!window.confirm(t('keys.confirm_revoke', { name: k.name || k.prefix }))) return;
        if (await guarded($('key-error'), () => api(`/admin/keys/${enc(k.id)}`, { method: 'DELETE' }))) loadKeys();
      }, { class: 'danger', 'aria-label': t('keys.revoke_named', { name: k.name || k.prefix }) }),
      k.suspended || k.throttled ? button('keys.lift', async () => {
        if (await guarded($('key-error'), () => api(`/admin/offenders/${enc(k.id)}/lift`, { method: 'POST' }))) {
          loadKeys();
        }
      }) : null) },
  ], keys.data, { caption: 'keys.keys' }));
}
