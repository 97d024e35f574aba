// Scenario cards (design.md §4) drawn as a phone screen inside the phone: sms, call, chat,
// web, qr_payment. Only the card's own fields are shown: nothing hints at the answer.
'use strict';

DoVui.renderCard = function (card) {
  const el = DoVui.el;
  const t = DoVui.t;
  const body = card && card.body;
  if (!body) return null;

  function frame(kind, title, aside, content) {
    const head = el('div', 'card-head', null, [el('span', null, title), aside ? el('small', null, aside) : null]);
    return el('div', 'card ' + kind, null, [head, el('div', 'card-body', null, content)]);
  }

  // Elements marked "key" stay when a small phone folds the card (fit.js): the lines that
  // hold the red flag or the proof it is genuine. "clamp" ones may lose their last lines.
  if (body.type === 'sms') {
    return frame('sms', body.sender, body.time, [el('div', 'bubble key clamp', body.body)]);
  }
  if (body.type === 'call') {
    const lines = (body.transcript || []).map(function (line, i) {
      return el('div', i === 0 ? 'line key clamp' : 'line', '“' + line + '”');
    });
    return frame('call', t('card.call'), null,
      [el('div', 'caller key', body.caller), body.number ? el('div', 'number key', body.number) : null].concat(lines));
  }
  if (body.type === 'chat') {
    const list = body.bubbles || [];
    const bubbles = list.map(function (b, i) {
      return el('div', (b.fromMe ? 'bubble me' : 'bubble') + (i === list.length - 1 ? ' key clamp' : ''), b.text);
    });
    return frame('chat', body.contact, body.app, bubbles);
  }
  if (body.type === 'web') {
    return frame('web', t('card.web'), null, [
      el('div', 'url key', null, [el('span', null, '⚠'), el('span', null, body.url)]),
      el('div', body.asks ? 'web-title' : 'web-title key clamp', body.title),
      body.asks ? el('div', 'web-asks key clamp', body.asks) : null
    ]);
  }
  if (body.type === 'qr_payment') {
    return frame('qr', t('card.qr'), null, DoVui.qrRows(body));
  }
  return null;
};

/** What a banking app shows after scanning: bank, account, holder, amount, message. */
DoVui.qrRows = function (body) {
  const el = DoVui.el;
  const t = DoVui.t;
  const qr = DoVui.decodeVietQr(body.payload);
  function row(label, value, key) {
    return el('div', 'qr-row' + (key ? ' ' + key : ''), null, [el('span', null, label), el('b', null, value)]);
  }
  const rows = [];
  if (body.shopName) rows.push(row(t('card.shop'), body.shopName, 'key wide-key'));
  if (!qr.ok) {
    rows.push(el('div', 'qr-warn', t('card.badQr')));
    return rows;
  }
  // Who really gets the money and how much come first: they are the lines to compare.
  rows.push(row(t('card.holder'), body.accountName || '—', 'key'));
  rows.push(row(t('card.amount'), qr.amount !== null ? DoVui.formatNumber(qr.amount) + ' ₫' : t('card.payerTypes'), 'key'));
  rows.push(row(t('card.bank'), qr.bankName || (t('card.unknownBank') + ' (' + qr.bin + ')')));
  rows.push(row(t('card.account'), qr.account));
  if (qr.message) rows.push(row(t('card.message'), qr.message));
  if (!qr.crcOk) rows.push(el('div', 'qr-warn', t('card.badQr')));
  return rows;
};

/**
 * The card on the question screen: whole when it fits; on a small screen folded to its key
 * lines (body[data-fit] in style.css) with "Xem cả tin" that opens the whole card in a sheet
 * over the tiles, so every tile stays on the first screen.
 */
DoVui.questionCard = function (card) {
  const el = DoVui.el;
  const t = DoVui.t;
  const node = DoVui.renderCard(card);
  if (!node) return null;
  const more = el('button', 'card-more', t('cardMore'));
  more.type = 'button';
  node.querySelector('.card-head').appendChild(more);
  node.addEventListener('click', function () {
    if (!node.classList.contains('cut')) return;
    DoVui.openCardSheet(card);
  });
  return node;
};

DoVui.openCardSheet = function (card) {
  const el = DoVui.el;
  const sheet = document.getElementById('cardSheet');
  sheet.textContent = '';
  const close = el('button', 'primary', DoVui.t('cardClose'));
  close.type = 'button';
  close.addEventListener('click', DoVui.closeCardSheet);
  sheet.appendChild(el('div', 'sheet-box', null, [DoVui.renderCard(card), close]));
  sheet.hidden = false;
};

DoVui.closeCardSheet = function () {
  const sheet = document.getElementById('cardSheet');
  if (!sheet) return;
  sheet.hidden = true;
  sheet.textContent = '';
};
