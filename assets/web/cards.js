// Scenario cards (design.md §4) drawn as a phone screen inside the phone: sms, call, chat,
// web, qr_payment. Only the card's own fields are shown: nothing hints at the answer.
// A spot question (tap the red flag) marks spans of the card's text: each is drawn in the text
// itself as a numbered region in the colour and shape of its answer tile.
'use strict';

/** JS string indexes [start, end) of the UTF-8 byte range [begin, end) of `text`; null when
 *  the range is not inside the text. */
DoVui.spanRange = function (text, begin, end) {
  const bytes = new TextEncoder().encode(text || '');
  if (!(begin >= 0 && end > begin && end <= bytes.length)) return null;
  const decoder = new TextDecoder();
  const start = decoder.decode(bytes.subarray(0, begin)).length;
  return [start, start + decoder.decode(bytes.subarray(begin, end)).length];
};

/** A field's text by the core's field names ("body", "transcript.1", "bubbles.0", "shop"). */
DoVui.cardFieldText = function (body, name) {
  const list = /^(transcript|bubbles)\.(\d+)$/.exec(name || '');
  if (list) {
    const item = (body[list[1]] || [])[Number(list[2])];
    return item === undefined ? null : typeof item === 'string' ? item : item.text;
  }
  const value = name === 'shop' ? (body.shopName !== undefined ? body.shopName : body.shop) : body[name];
  return typeof value === 'string' ? value : null;
};

/**
 * spot (optional): {spans, mode: 'pick' | 'show' | 'reveal', onPick(i), picked, correct, mine}.
 * In 'pick' mode a tap on a span calls onPick(i); 'reveal' lights the right span and marks the
 * learner's own.
 */
DoVui.renderCard = function (card, spot) {
  const el = DoVui.el;
  const t = DoVui.t;
  const body = card && card.body;
  if (!body) return null;
  const byField = {};
  if (spot && card.spans) {
    card.spans.forEach(function (s, i) {
      const range = DoVui.spanRange(DoVui.cardFieldText(body, s.field), s.begin, s.end);
      if (!range) return;
      (byField[s.field] = byField[s.field] || []).push({ index: i, start: range[0], end: range[1] });
    });
    Object.keys(byField).forEach(function (f) { byField[f].sort(function (a, b) { return a.start - b.start; }); });
  }

  function spanNode(i, text) {
    // The badge keeps to the span's first word: a line never ends on a lone number.
    const lead = (/^\S{1,10}/.exec(text) || [''])[0];
    const node = el('span', 'spot c' + i, null, [
      el('span', 'spot-lead', null, [el('span', 'spot-badge', null, [DoVui.shape(i), el('b', 'spot-number', String(i + 1))]),
        document.createTextNode(lead)]),
      document.createTextNode(text.slice(lead.length))]);
    node.dataset.option = String(i);
    node.setAttribute('aria-label', DoVui.shapeName(i) + ': ' + text);
    if (spot.mode === 'pick') {
      node.setAttribute('role', 'button');
      node.tabIndex = 0;
      const choose = function (event) {
        event.stopPropagation();
        if (!node.classList.contains('dim')) spot.onPick(i);
      };
      node.addEventListener('click', choose);
      node.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') choose(event); });
      if (spot.picked === i) node.classList.add('selected');
    } else if (spot.mode === 'reveal') {
      if (i === spot.correct) node.classList.add('lit');
      else if (i === spot.mine) node.classList.add('mine');
      else node.classList.add('faded');
      if (i === spot.correct || i === spot.mine) node.querySelector('.spot-number').textContent = i === spot.correct ? '✓' : '✗';
    }
    return node;
  }
  /** Plain text between spans. A small phone folds it (style.css): first the middle of a long
   *  stretch ("…"), at the tightest levels all of it but the spans, the whole text one tap away. */
  function plain(node, text, spanBefore, spanAfter) {
    const CONTEXT = 16;  // characters kept beside a span when the text folds
    // A few words (or only punctuation) always stay: folding them would save nothing.
    if (text.length <= 12 || !/[^\s.,:;!?“”"'()\-–—]/.test(text)) return node.appendChild(document.createTextNode(text));
    const ctx = el('span', 'ctx');
    let keepHead = spanBefore ? text.indexOf(' ', CONTEXT) : 0;
    let keepTail = spanAfter ? text.lastIndexOf(' ', text.length - CONTEXT) : text.length;
    if (keepHead < 0) keepHead = text.length;
    if (text.length <= 2 * CONTEXT + 8 || keepTail < keepHead) {
      ctx.textContent = text;
    } else {
      ctx.appendChild(document.createTextNode(text.slice(0, keepHead)));
      ctx.appendChild(el('span', 'fold', text.slice(keepHead, keepTail)));
      ctx.appendChild(el('span', 'fold-dots', spanBefore && spanAfter ? ' … ' : spanBefore ? ' …' : '… '));
      ctx.appendChild(document.createTextNode(text.slice(keepTail)));
    }
    node.appendChild(ctx);
    node.appendChild(el('span', 'ctx-dots', spanBefore && spanAfter ? ' … ' : spanBefore ? ' …' : '… '));
  }
  /** An element holding field `name`'s text, with its spans (if any) drawn in it. */
  function field(tag, cls, name, text, before, after) {
    const spans = byField[name];
    const node = el(tag, cls, spans ? null : (before || '') + (text || '') + (after || ''));
    if (!spans) return node;
    if (before) node.appendChild(document.createTextNode(before));
    let at = 0;
    spans.forEach(function (s, k) {
      if (s.start > at) plain(node, text.slice(at, s.start), k > 0, true);
      node.appendChild(spanNode(s.index, text.slice(s.start, s.end)));
      at = s.end;
    });
    if (at < text.length) plain(node, text.slice(at), true, false);
    if (after) node.appendChild(document.createTextNode(after));
    return node;
  }

  function frame(kind, title, aside, content) {
    const head = el('div', 'card-head', null, [title, aside]);
    const node = el('div', 'card ' + kind, null, [head, el('div', 'card-body', null, content)]);
    if (spot && card.spans) {
      node.classList.add('spotting');
      // The parts that hold a span are what the question is about: never folded away.
      node.querySelectorAll('.card-head > *, .card-body > *').forEach(function (part) {
        if (!part.querySelector('.spot')) return;
        part.classList.add('key', 'has-spot');
        part.classList.remove('clamp', 'wide-key');
      });
    }
    return node;
  }

  // Elements marked "key" stay when a small phone folds the card (fit.js): the lines that
  // hold the red flag or the proof it is genuine. "clamp" ones may lose their last lines.
  if (body.type === 'sms') {
    return frame('sms', field('span', null, 'sender', body.sender), body.time ? field('small', null, 'time', body.time) : null,
      [field('div', 'bubble key clamp', 'body', body.body)]);
  }
  if (body.type === 'call') {
    const lines = (body.transcript || []).map(function (line, i) {
      return field('div', i === 0 ? 'line key clamp' : 'line', 'transcript.' + i, line, '“', '”');
    });
    return frame('call', el('span', null, t('card.call')), null,
      [field('div', 'caller key', 'caller', body.caller), body.number ? field('div', 'number key', 'number', body.number) : null].concat(lines));
  }
  if (body.type === 'chat') {
    const list = body.bubbles || [];
    const bubbles = list.map(function (b, i) {
      return field('div', (b.fromMe ? 'bubble me' : 'bubble') + (i === list.length - 1 ? ' key clamp' : ''), 'bubbles.' + i, b.text);
    });
    return frame('chat', field('span', null, 'contact', body.contact), body.app ? field('small', null, 'app', body.app) : null, bubbles);
  }
  if (body.type === 'web') {
    return frame('web', el('span', null, t('card.web')), null, [
      el('div', 'url key', null, [el('span', null, '⚠'), field('span', null, 'url', body.url)]),
      field('div', body.asks ? 'web-title' : 'web-title key clamp', 'title', body.title),
      body.asks ? field('div', 'web-asks key clamp', 'asks', body.asks) : null
    ]);
  }
  if (body.type === 'qr_payment') {
    return frame('qr', el('span', null, t('card.qr')), null, [DoVui.qrArt(body.payload)].concat(DoVui.qrRows(body, field)));
  }
  return null;
};

/**
 * A picture of a QR code for the card, made so that no phone can scan it: the modules are
 * noise from the payload's hash (not an encoding of it), there are no finder patterns (the
 * corners are plain rings) and a red band crosses it. The caption says it is a sample.
 */
DoVui.qrArt = function (payload) {
  const el = DoVui.el;
  const n = 21;
  let seed = 2166136261;
  for (let i = 0; i < (payload || '').length; i++) seed = Math.imul(seed ^ payload.charCodeAt(i), 16777619) >>> 0;
  function random() {
    seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
    return seed / 4294967296;
  }
  const corner = function (x, y) { return (x < 8 && y < 8) || (x >= n - 8 && y < 8) || (x < 8 && y >= n - 8); };
  let d = '';
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      if (!corner(x, y) && random() < 0.5) d += 'M' + (x + 2) + ' ' + (y + 2) + 'h1v1h-1z';
  const svg = DoVui.svg('svg', { viewBox: '0 0 25 25', class: 'qr-art', 'aria-hidden': 'true' });
  svg.appendChild(DoVui.svg('rect', { x: 0, y: 0, width: 25, height: 25, fill: '#fff' }));
  svg.appendChild(DoVui.svg('path', { d: d, fill: '#14171f' }));
  [[2, 2], [n - 5, 2], [2, n - 5]].forEach(function (p) {  // rings, not finder patterns
    svg.appendChild(DoVui.svg('rect', { x: p[0] + 0.5, y: p[1] + 0.5, width: 6, height: 6, rx: 1.5,
      fill: 'none', stroke: '#9aa0a6', 'stroke-width': 1 }));
  });
  svg.appendChild(DoVui.svg('rect', { x: 0, y: 10, width: 25, height: 5, fill: '#c62828' }));
  svg.appendChild(DoVui.svg('line', { x1: 1, y1: 24, x2: 24, y2: 1, stroke: '#c62828', 'stroke-width': 2.2 }));
  return el('div', 'qr-picture', null, [svg, el('div', 'qr-caption', null, [
    el('b', null, DoVui.t('card.qrSample')), el('span', null, DoVui.t('card.qrSampleHint'))])]);
};

/** What a banking app shows after scanning: bank, account, holder, amount, message.
 *  `field(tag, cls, name, text)` draws a card field (with its spans, on a spot question). */
DoVui.qrRows = function (body, field) {
  const el = DoVui.el;
  const t = DoVui.t;
  const qr = DoVui.decodeVietQr(body.payload);
  const value = field || function (tag, cls, name, text) { return el(tag, cls, text); };
  function row(label, valueNode, key) {
    return el('div', 'qr-row' + (key ? ' ' + key : ''), null, [el('span', null, label), valueNode]);
  }
  const rows = [];
  if (body.shopName) rows.push(row(t('card.shop'), value('b', null, 'shop', body.shopName), 'key wide-key'));
  if (!qr.ok) {
    rows.push(el('div', 'qr-warn', t('card.badQr')));
    return rows;
  }
  // Who really gets the money and how much come first: they are the lines to compare.
  rows.push(row(t('card.holder'), value('b', null, 'accountName', body.accountName || '—'), 'key'));
  rows.push(row(t('card.amount'), el('b', null, qr.amount !== null ? DoVui.formatNumber(qr.amount) + ' ₫' : t('card.payerTypes')), 'key'));
  rows.push(row(t('card.bank'), el('b', null, qr.bankName || (t('card.unknownBank') + ' (' + qr.bin + ')'))));
  rows.push(row(t('card.account'), el('b', null, qr.account)));
  if (qr.message) rows.push(row(t('card.message'), el('b', null, qr.message)));
  if (!qr.crcOk) rows.push(el('div', 'qr-warn', t('card.badQr')));
  return rows;
};

/**
 * The card on the question screen: whole when it fits; on a small screen folded to its key
 * lines (body[data-fit] in style.css) with "Xem cả tin" that opens the whole card in a sheet
 * over the tiles, so every tile stays on the first screen. `spot` as in renderCard.
 */
DoVui.questionCard = function (card, spot) {
  const el = DoVui.el;
  const t = DoVui.t;
  const node = DoVui.renderCard(card, spot);
  if (!node) return null;
  const more = el('button', 'card-more', t('cardMore'));
  more.type = 'button';
  node.querySelector('.card-head').appendChild(more);
  node.addEventListener('click', function () {
    if (!node.classList.contains('cut')) return;
    DoVui.openCardSheet(card, spot);
  });
  return node;
};

DoVui.openCardSheet = function (card, spot) {
  const el = DoVui.el;
  const sheet = document.getElementById('cardSheet');
  sheet.textContent = '';
  const close = el('button', 'primary', DoVui.t('cardClose'));
  close.type = 'button';
  close.addEventListener('click', DoVui.closeCardSheet);
  const whole = DoVui.renderCard(card, spot);
  if (spot && spot.onRender) spot.onRender(whole);
  sheet.appendChild(el('div', 'sheet-box', null, [whole, close]));
  sheet.hidden = false;
};

DoVui.closeCardSheet = function () {
  const sheet = document.getElementById('cardSheet');
  if (!sheet) return;
  sheet.hidden = true;
  sheet.textContent = '';
};
