// Every tile on the first screen (issue 11): the question screen tries its roomy layout first,
// then tighter levels (body[data-fit] in style.css: long options become rows, the card folds to
// its key lines, tiles and text shrink) until the page fits the phone's height without scrolling.
// The last level (7) is level 6 with body.fit-max: everything at its smallest legible size.
'use strict';

DoVui.FIT_LEVELS = 7;

DoVui.fitScreen = function () {
  const body = document.body;
  if (body.dataset.screen !== 'question' && body.dataset.screen !== 'p-question') {
    body.dataset.fit = '0';
    body.classList.remove('fit-max');
    return 0;
  }
  const cards = document.querySelectorAll('#screen .card');
  function apply(level) {
    body.dataset.fit = String(Math.min(level, 6));
    body.classList.toggle('fit-max', level >= 7);
    // "See the whole message" only where the fold really hides something.
    cards.forEach(function (card) {
      card.classList.remove('cut');
      let hidden = false;
      // (The QR picture is only a picture; a spot card's folded words count as hidden.)
      card.querySelectorAll('.card-body > :not(.qr-picture), .card .fold, .card .ctx').forEach(function (part) {
        if (part.offsetParent === null || part.scrollHeight > part.clientHeight + 1) hidden = true;
      });
      card.classList.toggle('cut', level > 1 && hidden);
    });
    return document.documentElement.scrollHeight <= window.innerHeight + 1;
  }
  for (let level = 0; level < DoVui.FIT_LEVELS; level++)
    if (apply(level)) return level;
  apply(DoVui.FIT_LEVELS);
  return DoVui.FIT_LEVELS;
};
