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
