// Drawing the conversation: each turn's user message and the answer shown, with its badges (cache, curated,
// refused, stopped), clickable citations and their source panel, the feedback bar, Regenerate, and the
// switch between the answers to one question (1/2, 2/2). Only text nodes: no innerHTML.
import { h, t } from './common.js';
import { $, hooks, nextSeq, state } from './chat-state.js';

export function mountTurn(turn) {
  const li = h('li', { class: 'turn' });
  turn.el = li;
  $('messages').append(li);
  renderTurn(turn);
  li.scrollIntoView({ block: 'end' });
}

export function renderTurn(turn) {
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
  const headingId = `src-${nextSeq()}`;
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
      hooks.sendFeedback(answer, { rating: next }, status, () => {
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
                             onclick: () => hooks.regenerate(turn) }, t('chat.regenerate')));
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
      hooks.sendFeedback(answer, { [field]: value }, status, () => {
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

// While an answer streams: show its text so far, keeping the log scrolled to the end if it was there.
export function showStreamingText(turn, answer) {
  const view = turn.view;
  if (!view || turn.answers[turn.shown] !== answer) return; // the reader switched to another answer
  const log = $('messages');
  const near = log.scrollHeight - log.scrollTop - log.clientHeight < 120;
  view.text.textContent = answer.text;
  if (near) log.scrollTop = log.scrollHeight;
}

// Re-draw every turn (the language changed).
export function renderAllTurns() {
  for (const turn of state.turns) renderTurn(turn);
}
