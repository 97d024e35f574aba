// Answer tiles: colour + shape (+ the option text for those who read on the phone).
// Single, true/false and poll answer on one tap; multi-select toggles and ordering numbers
// the taps, both with a clear confirm button.
'use strict';

DoVui.answerTiles = function (question, onSubmit, initialPicks, onPicksChange) {
  const el = DoVui.el;
  const t = DoVui.t;
  const kind = question.kind;
  const count = question.optionCount;
  const options = question.options || [];
  const ordering = kind === 'order';
  const multi = kind === 'multi';
  // Option indexes, in tap order; kept by the page so a reconnect or reload keeps the ticks.
  const picked = (initialPicks || []).filter(function (i) { return i >= 0 && i < count; });
  const tiles = [];

  const long = options.some(function (o) { return o.length > 18; });
  const grid = el('div', ordering || count > 4 ? 'tiles list' : count === 2 ? 'tiles two' : long ? 'tiles long' : 'tiles');
  if (!multi && !ordering) grid.classList.add('one-tap');  // no tick mark to leave room for
  const confirm = el('button', 'primary', '');
  confirm.type = 'button';
  confirm.dataset.action = 'confirm';
  const reset = el('button', 'secondary', t('reset'));
  reset.type = 'button';
  reset.dataset.action = 'reset';

  function refresh() {
    tiles.forEach(function (tile, i) {
      const at = picked.indexOf(i);
      tile.classList.toggle('selected', at >= 0);
      const mark = tile.querySelector('.mark');
      if (mark) mark.remove();
      if (at >= 0) tile.appendChild(el('span', 'mark', ordering ? String(at + 1) : '✓'));
      tile.setAttribute('aria-pressed', at >= 0 ? 'true' : 'false');
    });
    if (ordering) {
      confirm.textContent = t('sendOrder');
      confirm.disabled = picked.length !== count;
      reset.hidden = picked.length === 0;
    } else {
      confirm.textContent = picked.length ? t('sendCount', { n: picked.length }) : t('send');
      confirm.disabled = picked.length === 0;
    }
  }
  function changed() {
    refresh();
    if (onPicksChange) onPicksChange(picked.slice());
  }

  for (let i = 0; i < count; i++) {
    const tile = el('button', 'tile c' + i, null, [DoVui.shape(i)]);
    tile.type = 'button';
    tile.dataset.option = String(i);
    tile.setAttribute('aria-label', DoVui.shapeName(i) + (options[i] ? ': ' + options[i] : ''));
    if (options[i]) tile.appendChild(el('span', 'tile-text', options[i]));
    tile.addEventListener('click', function () {
      if (!multi && !ordering) return onSubmit([i]);
      const at = picked.indexOf(i);
      if (at >= 0) {
        if (ordering) picked.splice(at);  // un-numbering a step un-numbers the ones after it
        else picked.splice(at, 1);
      } else {
        picked.push(i);
      }
      changed();
    });
    tiles.push(tile);
    grid.appendChild(tile);
  }

  confirm.addEventListener('click', function () {
    if (confirm.disabled) return;
    onSubmit(multi ? picked.slice().sort(function (a, b) { return a - b; }) : picked.slice());
  });
  reset.addEventListener('click', function () { picked.length = 0; changed(); });

  const hint = ordering ? 'chooseOrder' : multi ? 'chooseMany' : kind === 'poll' ? 'pollHint' : 'chooseOne';
  // One tap needs no instruction on a crowded small screen (style.css hides it there).
  const instruction = el('p', multi || ordering ? 'instruction' : 'instruction one-tap', null, [
    el('span', 'long', t(hint)), el('span', 'short', t(hint + 'Short'))]);
  const parts = [instruction, grid];
  if (multi || ordering) {
    const row = el('div', 'confirm-row', null, ordering ? [confirm, reset] : [confirm]);
    parts.push(row);
    refresh();
  }
  return parts;
};

/** Small coloured chips for a choice ("You chose: ▲ ◆"). */
DoVui.choiceChips = function (choice, options, numbered) {
  const el = DoVui.el;
  return el('div', 'your-choice', null, choice.map(function (i, at) {
    const label = (numbered ? (at + 1) + '. ' : '') + (options && options[i] ? options[i] : DoVui.shapeName(i));
    const chip = el('span', 'chip tile c' + i, null, [DoVui.shape(i), el('span', null, label)]);
    chip.classList.remove('tile');
    return chip;
  }));
};

/**
 * A spot question (tap the red flag): the card with its spans as the answer tiles, a line
 * saying what is chosen, and "Gửi câu trả lời". A tap selects (the sheet's copy of the card
 * too); nothing is sent before the confirm. Returns {card, controls}.
 */
DoVui.spotAnswer = function (question, onSubmit, initialPicks, onPicksChange) {
  const el = DoVui.el;
  const t = DoVui.t;
  const count = question.optionCount;
  const options = question.options || [];
  let picked = initialPicks && initialPicks.length && initialPicks[0] >= 0 && initialPicks[0] < count ? initialPicks[0] : -1;
  const drawn = [];
  const status = el('p', 'spot-status');
  const confirm = el('button', 'primary', t('spotSend'));
  confirm.type = 'button';
  confirm.dataset.action = 'confirm';

  function refresh() {
    drawn.forEach(function (node) {
      node.classList.toggle('has-pick', picked >= 0);
      node.querySelectorAll('.spot').forEach(function (s) {
        const mine = Number(s.dataset.option) === picked;
        s.classList.toggle('selected', mine);
        s.setAttribute('aria-pressed', mine ? 'true' : 'false');
        s.querySelector('.spot-number').textContent = mine ? '✓' : String(Number(s.dataset.option) + 1);
      });
    });
    status.textContent = '';
    if (picked < 0) {
      status.appendChild(el('span', 'long', t('spotHint')));
      status.appendChild(el('span', 'short', t('spotHintShort')));
    } else {
      status.appendChild(el('span', 'spot-chosen', t('spotChosen')));
      status.appendChild(DoVui.choiceChips([picked], options).firstChild);
    }
    confirm.disabled = picked < 0;
  }
  const spot = {
    spans: question.card.spans, mode: 'pick', picked: picked,
    onPick: function (i) {
      picked = i;
      spot.picked = i;
      refresh();
      DoVui.closeCardSheet();
      DoVui.fitScreen();
      if (onPicksChange) onPicksChange([i]);
    },
    onRender: function (node) { drawn.push(node); refresh(); }
  };
  const card = DoVui.questionCard(question.card, spot);
  // A span the card cannot draw (a field it does not show) is still offered, as a tile.
  const drawnOptions = [].map.call(card.querySelectorAll('.spot'), function (s) { return Number(s.dataset.option); });
  const missing = [];
  for (let i = 0; i < count; i++) if (drawnOptions.indexOf(i) < 0) missing.push(i);
  const grid = missing.length ? el('div', 'tiles list spot-tiles') : null;
  missing.forEach(function (i) {
    const tile = el('button', 'tile spot c' + i, null, [DoVui.shape(i), el('span', 'tile-text', options[i] || '')]);
    tile.type = 'button';
    tile.dataset.option = String(i);
    tile.appendChild(el('span', 'spot-number mark-hidden', String(i + 1)));
    tile.addEventListener('click', function () { if (!tile.classList.contains('dim')) spot.onPick(i); });
    grid.appendChild(tile);
  });
  if (grid) drawn.push(grid);
  spot.onRender(card);
  confirm.addEventListener('click', function () {
    if (!confirm.disabled && picked >= 0) onSubmit([picked]);
  });
  return { card: card, controls: [grid, status, el('div', 'confirm-row', null, [confirm])] };
};

/** The card (if any) and the way to answer: tiles, or the card's spans on a spot question. */
DoVui.answerArea = function (question, onSubmit, initialPicks, onPicksChange) {
  if (question.kind === 'spot' && question.card && question.card.spans && question.card.spans.length) {
    const spot = DoVui.spotAnswer(question, onSubmit, initialPicks, onPicksChange);
    return [spot.card].concat(spot.controls);
  }
  const card = question.card ? DoVui.questionCard(question.card) : null;
  return [card].concat(DoVui.answerTiles(question, onSubmit, initialPicks, onPicksChange));
};

/** The card of a spot question after the answer: the right span lit, the learner's own marked. */
DoVui.spotRevealCard = function (question, correct, mine) {
  const el = DoVui.el;
  if (!question || question.kind !== 'spot' || !question.card || !question.card.spans) return null;
  const node = DoVui.renderCard(question.card, { spans: question.card.spans, mode: 'reveal', correct: correct, mine: mine });
  if (!node) return null;
  const legend = el('p', 'spot-legend', null, [el('span', 'spot-key lit', '✓'), el('span', null, ' ' + DoVui.t('spotRight'))]);
  if (mine >= 0 && mine !== correct) legend.appendChild(el('span', null, null, [el('span', 'spot-key mine', '✗'), el('span', null, ' ' + DoVui.t('spotMine'))]));
  return el('div', 'spot-reveal', null, [node, legend]);
};

/**
 * What the answer teaches: genuine or scam (when there was a card), the techniques by name,
 * and the explanation. `verdict` is "noCard", "scam" or "genuine".
 */
DoVui.teachBox = function (verdict, cardType, techniques, explanation) {
  const el = DoVui.el;
  const t = DoVui.t;
  const parts = [];
  if (verdict === 'scam' || verdict === 'genuine') {
    const kind = { sms: 'sms', chat: 'sms', call: 'call', web: 'web', qr_payment: 'qr' }[cardType] || 'sms';
    parts.push(el('div', 'card-verdict ' + verdict, (verdict === 'scam' ? '✗ ' : '✓ ') + t('verdict.' + verdict + '.' + kind)));
  }
  const names = DoVui.techniqueNames(techniques, DoVui.lang);
  if (names.length) {
    parts.push(el('div', 'techniques', null, [el('b', null, t(verdict === 'genuine' ? 'techniquesGenuine' : 'techniquesLabel')),
      el('ul', null, null, names.map(function (n) { return el('li', null, n); }))]));
  }
  if (explanation) parts.push(el('h3', null, t('why')), el('div', 'explain-text', explanation));
  return parts.length ? el('div', 'explain', null, parts) : null;
};
