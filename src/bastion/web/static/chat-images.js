// Images attached to the next message: paste, drop or pick a file; the list under the composer; refusing an
// image before it is sent when the assistant cannot read images.
import { h, t } from './common.js';
import { $, state } from './chat-state.js';

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export function showComposerError(message) {
  const el = $('composer-error');
  el.textContent = message;
  el.hidden = false;
}

export function hideComposerError() {
  $('composer-error').hidden = true;
  $('composer-error').textContent = '';
}

// The message to show when the chosen assistant takes text only and images are attached, else null.
export function visionRefusal() {
  const a = state.assistant;
  if (!a || a.vision !== false || !state.attachments.length) return null;
  return t('chat.no_vision', { name: a.name });
}

export function checkVision() {
  const refusal = visionRefusal();
  if (refusal) showComposerError(refusal);
}

function readAsDataURL(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

export async function addFiles(files) {
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
    let url;
    try {
      url = await readAsDataURL(f);
    } catch {
      showComposerError(t('chat.unreadable', { name: f.name }));
      continue;
    }
    state.attachments.push({ name: f.name || 'image', url });
  }
  renderAttachments();
  checkVision();
}

export function renderAttachments() {
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

function hasFiles(ev) {
  return [...(ev.dataTransfer?.types || [])].includes('Files');
}

// Paste into the message box, the "Attach image" button, and dropping files anywhere on the chat panel.
export function wireImages() {
  $('composer-input').addEventListener('paste', (ev) => {
    const files = [...(ev.clipboardData?.files || [])].filter((f) => f.type.startsWith('image/'));
    if (files.length) {
      ev.preventDefault();
      addFiles(files);
    }
  });
  $('attach').addEventListener('click', () => $('file-input').click());
  $('file-input').addEventListener('change', () => {
    addFiles([...$('file-input').files]);
    $('file-input').value = '';
  });
  const panel = $('chat-panel');
  let depth = 0;
  const hint = (on) => {
    $('drop-hint').hidden = !on;
    panel.classList.toggle('dragging', on);
  };
  panel.addEventListener('dragenter', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth += 1;
    hint(true);
  });
  panel.addEventListener('dragover', (ev) => { if (hasFiles(ev)) ev.preventDefault(); });
  panel.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) hint(false);
  });
  panel.addEventListener('drop', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth = 0;
    hint(false);
    addFiles([...ev.dataTransfer.files]);
  });
}
