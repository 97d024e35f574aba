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

  if (body.type === 'sms') {
    return frame('sms', body.sender, body.time, [el('div', 'bubble', body.body)]);
  }
  if (body.type === 'call') {
    const lines = (body.transcript || []).map(function (line) { return el('div', 'line', '“' + line + '”'); });
    return frame('call', t('card.call'), null,
      [el('div', 'caller', body.caller), body.number ? el('div', 'number', body.number) : null].concat(lines));
  }
  if (body.type === 'chat') {
    const bubbles = (body.bubbles || []).map(function (b) { return el('div', b.fromMe ? 'bubble me' : 'bubble', b.text); });
    return frame('chat', body.contact, body.app, bubbles);
  }
  if (body.type === 'web') {
    return frame('web', t('card.web'), null, [
      el('div', 'url', null, [el('span', null, '⚠'), el('span', null, body.url)]),
      el('div', 'web-title', body.title),
      body.asks ? el('div', 'web-asks', body.asks) : null
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
  function row(label, value) { return el('div', 'qr-row', null, [el('span', null, label), el('b', null, value)]); }
  const rows = [];
  if (body.shopName) rows.push(row(t('card.shop'), body.shopName));
  if (!qr.ok) {
    rows.push(el('div', 'qr-warn', t('card.badQr')));
    return rows;
  }
  rows.push(row(t('card.bank'), qr.bankName || (t('card.unknownBank') + ' (' + qr.bin + ')')));
  rows.push(row(t('card.account'), qr.account));
  rows.push(row(t('card.holder'), body.accountName || '—'));
  rows.push(row(t('card.amount'), qr.amount !== null ? DoVui.formatNumber(qr.amount) + ' ₫' : t('card.payerTypes')));
  if (qr.message) rows.push(row(t('card.message'), qr.message));
  if (!qr.crcOk) rows.push(el('div', 'qr-warn', t('card.badQr')));
  return rows;
};
