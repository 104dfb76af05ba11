// The sampling playground tab: the next-token distribution of a prompt (POST /v1/inspect/next-token) before and
// after temperature and top-p, as a Chart.js bar chart and as a table.
import { api, h, t } from './common.js';
import { $, errorText, expired, state } from './chat-state.js';

let playOpened = false;
let chart = null;
let lastInspect = null;
let playTimer = null;
let playSeq = 0;

export function wirePlayground() {
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

export async function openPlayground() {
  if (!$('play-prompt').value) $('play-prompt').value = t('play.default_prompt');
  if (playOpened) return;
  playOpened = true;
  fillPlayModels(); // the assistant's route at once; the other models when the list arrives
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

// The model list follows the chosen assistant (its route first); only once the tab has been opened.
export function playAssistantChanged() {
  if (playOpened) fillPlayModels();
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
    err.textContent = errorText(e);
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

// The language changed: relabel the chart's series and the summary.
export function relabelPlayground() {
  if (chart) {
    chart.data.datasets[0].label = t('play.raw');
    chart.data.datasets[1].label = t('play.sampled');
    chart.update('none');
  }
  if (lastInspect) renderPlaySummary(lastInspect);
}
