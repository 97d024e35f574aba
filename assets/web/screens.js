// The learner's screens (design.md §7): nickname → waiting room → question → sent → result →
// leaderboard → final rank. Each returns DOM nodes built from the state; none sends anything.
'use strict';

DoVui.screens = {};

DoVui.screens.join = function (S, onJoin) {
  const el = DoVui.el;
  const t = DoVui.t;
  const form = el('form', null);
  form.noValidate = true;
  const logo = el('img', 'logo');
  logo.src = 'icon.svg';
  logo.alt = '';
  const parts = [logo, el('h1', 'center', t('appName'))];
  let pinInput = null;
  if (S.pin && !S.pinRefused) {
    const pin = el('p', 'pin center', t('pinLabel') + ': ');
    pin.appendChild(el('b', null, String(S.pin).replace(/(\d{3})(\d{3})/, '$1 $2')));
    parts.push(pin);
  } else {
    pinInput = el('input');
    pinInput.type = 'tel';
    pinInput.id = 'pin';
    pinInput.inputMode = 'numeric';
    pinInput.maxLength = 6;
    pinInput.autocomplete = 'off';
    if (S.pin) pinInput.value = String(S.pin);
    parts.push(el('label', null, t('enterPin')), pinInput);
    parts[parts.length - 2].htmlFor = 'pin';
    // A wrong PIN: the box stays, with the reason right beside it.
    if (S.pinRefused && S.error) parts.push(el('div', 'error', S.error));
  }
  const label = el('label', null, t('nicknameLabel'));
  label.htmlFor = 'nickname';
  const input = el('input');
  input.type = 'text';
  input.id = 'nickname';
  input.maxLength = DoVui.NICKNAME_MAX_INPUT;
  input.autocomplete = 'nickname';
  input.autocapitalize = 'words';
  input.placeholder = t('nicknamePlaceholder');
  input.value = S.nickname || '';
  const button = el('button', 'primary', t('join'));
  button.type = 'submit';
  parts.push(label, input, el('p', 'hint', t('nicknameHint')));
  if (S.error && !S.pinRefused) parts.push(el('div', 'error', S.error));
  parts.push(button);
  if (!S.error) parts.push(el('p', 'hint center', t('joinHint')));
  const practise = el('button', 'secondary', t('home.practise'));
  practise.type = 'button';
  practise.id = 'practiseInstead';
  practise.addEventListener('click', function () { DoVui.practiceUi.start(); });
  parts.push(practise);
  parts.forEach(function (p) { form.appendChild(p); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    onJoin(input.value, pinInput ? pinInput.value : null);
  });
  setTimeout(function () { (pinInput && (S.pinRefused || !pinInput.value) ? pinInput : input).focus(); }, 50);
  return [form];
};

DoVui.screens.connecting = function (S, text) {
  const el = DoVui.el;
  return [el('h2', 'center hello', text),
    el('div', 'dots', null, [el('span'), el('span'), el('span'), el('span')])];
};

DoVui.screens.waiting = function (S) {
  const el = DoVui.el;
  const t = DoVui.t;
  const count = el('div', 'count-box center', null, [
    el('div', 'big-number', String(S.lobbyCount || 0)), el('div', null, t('playersIn'))]);
  count.id = 'lobbyCount';
  const parts = [el('h1', 'center hello', t('welcomeHello', { name: S.nickname })),
    el('p', 'lead center', t('waitStart')),
    el('div', 'dots', null, [el('span'), el('span'), el('span'), el('span')]), count];
  if (S.teamName) parts.splice(1, 0, el('p', 'lead center', S.teamName));
  return parts;
};

DoVui.screens.questionHead = function (S) {
  const el = DoVui.el;
  const t = DoVui.t;
  const q = S.question;
  const badge = q.pointsMultiplier === 2 ? t('doublePoints') : q.pointsMultiplier === 0 ? t('noPoints') : '';
  const seconds = el('span', 'seconds', '');
  seconds.id = 'seconds';
  const bar = el('div', 'timer', null, [el('div')]);
  bar.id = 'timer';
  return [el('div', 'q-head', null, [
    el('span', null, t('questionOf', { n: q.index + 1, total: q.total })),
    badge ? el('span', 'q-badge', badge) : null, seconds]), bar];
};

DoVui.screens.question = function (S, onAnswer, onPicks) {
  const el = DoVui.el;
  const q = S.question;
  const parts = DoVui.screens.questionHead(S);
  if (q.text) parts.push(el('div', 'q-text', q.text));
  if (S.eliminated) {
    if (q.card) parts.push(DoVui.questionCard(q.card, q.kind === 'spot' ? { spans: q.card.spans, mode: 'show' } : null));
    return parts.concat([el('div', 'error', DoVui.t('eliminated'))]);
  }
  const picks = S.picks && S.picks.index === q.index ? S.picks.picked : [];
  return parts.concat(DoVui.answerArea(q, onAnswer, picks, onPicks));
};

DoVui.screens.sent = function (S) {
  const el = DoVui.el;
  const t = DoVui.t;
  const q = S.question || {};
  const parts = [el('div', 'sent-mark center', '✓'), el('h1', 'center', t('sent'))];
  if (S.answeredChoice) {
    parts.push(el('p', 'center lead', t('yourChoice')));
    parts.push(DoVui.choiceChips(S.answeredChoice, q.options, q.kind === 'order'));
  }
  if (S.ackProblem) parts.push(el('div', 'error', S.ackProblem));
  else parts.push(el('p', 'center lead', t('sentWait')));
  return parts;
};

DoVui.screens.reveal = function (S) {
  const el = DoVui.el;
  const t = DoVui.t;
  const r = S.reveal;
  const q = S.question && S.question.index === r.index ? S.question : null;
  const poll = q && q.kind === 'poll';
  let verdict;
  if (r.voided) verdict = el('div', 'verdict none', null, [el('div', 'big', t('voided'))]);
  else if (poll) verdict = el('div', 'verdict right', null, [el('div', 'big', t('pollThanks'))]);
  else if (!r.answered) verdict = el('div', 'verdict none', null, [el('div', 'big', t('noAnswer'))]);
  else if (r.correctAnswer) verdict = el('div', 'verdict right', null, [el('div', 'big', '✓ ' + t('right')),
    el('div', 'points', t('points', { p: DoVui.formatNumber(r.pointsGained) }))]);
  else if (r.pointsGained > 0) verdict = el('div', 'verdict partial', null, [
    el('div', 'big', '◐ ' + t('partial') + ': +' + DoVui.formatNumber(r.pointsGained))]);
  else verdict = el('div', 'verdict wrong', null, [el('div', 'big', '✗ ' + t('wrong'))]);
  const parts = [verdict];
  if (r.correctAnswer && r.streak >= 2) parts.push(el('p', 'center lead', t('streak', { n: r.streak })));
  parts.push(el('div', 'stats', null, [
    el('div', 'stat', null, [el('div', 'label', t('score')), el('div', 'value', DoVui.formatNumber(r.score))]),
    el('div', 'stat', null, [el('div', 'label', t('rank')), el('div', 'value', r.rank + '/' + r.playerCount)])]));
  const order = q && q.kind === 'order';
  if (!poll && r.answered && !r.correctAnswer && S.answeredIndex === r.index && S.answeredChoice) {
    parts.push(el('div', 'answer-line', t('yourChoice')));
    parts.push(DoVui.choiceChips(S.answeredChoice, q ? q.options : null, order));
  }
  if (!poll && !r.voided && r.correct && r.correct.length) {
    parts.push(el('div', 'answer-line', t(order ? 'rightOrder' : 'rightAnswer')));
    parts.push(DoVui.choiceChips(r.correct, q ? q.options : null, order));
  }
  if (r.eliminated) parts.push(el('div', 'error', t('eliminated')));
  // The teaching moment comes first: genuine or scam, the trick, the explanation; then the
  // card with the red flag lit, for a second look.
  parts.push(DoVui.teachBox(r.cardVerdict, q && q.card ? q.card.body.type : '', r.techniques, r.explanation));
  if (!poll && !r.voided && r.correct && r.correct.length) {
    const mine = r.answered && S.answeredIndex === r.index && S.answeredChoice ? S.answeredChoice[0] : -1;
    parts.push(DoVui.spotRevealCard(q, r.correct[0], mine));
  }
  return parts;
};

DoVui.screens.board = function (rows, myName) {
  const el = DoVui.el;
  return el('ol', 'board', null, rows.map(function (row) {
    return el('li', row.name === myName ? 'me' : '', null, [
      el('span', 'rank', String(row.rank)), el('span', 'name', row.name),
      el('span', 'score', DoVui.formatNumber(row.score))]);
  }));
};

DoVui.screens.leaderboard = function (S) {
  const el = DoVui.el;
  const t = DoVui.t;
  const b = S.leaderboard || { top: [], teams: [] };
  const parts = [el('h1', 'center', t('leaderboard'))];
  if (S.reveal) parts.push(el('div', 'stats', null, [
    el('div', 'stat', null, [el('div', 'label', t('you')), el('div', 'value', S.reveal.rank + '/' + S.reveal.playerCount)]),
    el('div', 'stat', null, [el('div', 'label', t('score')), el('div', 'value', DoVui.formatNumber(S.score))])]));
  parts.push(DoVui.screens.board(b.top || [], S.nickname));
  if (b.teams && b.teams.length) parts.push(el('h2', null, t('teams')), DoVui.screens.board(b.teams, ''));
  parts.push(el('p', 'center lead', t('lookUp')));
  return parts;
};

DoVui.screens.podium = function (S) {
  const el = DoVui.el;
  const t = DoVui.t;
  const p = S.podium;
  const parts = [el('div', 'medal r' + Math.min(p.rank, 4), String(p.rank)), el('h1', 'center', t('finished')),
    el('p', 'center lead', t('finalRank', { rank: p.rank, count: p.playerCount })),
    el('div', 'stats', null, [
      el('div', 'stat', null, [el('div', 'label', t('score')), el('div', 'value', DoVui.formatNumber(p.score))]),
      el('div', 'stat', null, [el('div', 'label', t('rightAnswers')), el('div', 'value', p.correctCount + '/' + p.questionCount)])])];
  if (p.top && p.top.length) parts.push(DoVui.screens.board(p.top, S.nickname));
  if (p.teams && p.teams.length) parts.push(el('h2', null, t('teams')), DoVui.screens.board(p.teams, ''));
  parts.push(el('p', 'center lead', t('thanks')));
  return parts;
};

DoVui.screens.message = function (title, text, withReload, actionText, onAction) {
  const el = DoVui.el;
  const parts = [el('h1', 'center hello', title)];
  if (text) parts.push(el('p', 'center lead', text));
  if (withReload) {
    const b = el('button', 'primary', DoVui.t('reload'));
    b.type = 'button';
    b.addEventListener('click', function () { location.reload(); });
    parts.push(b);
  }
  if (actionText) {
    const a = el('button', 'primary', actionText);
    a.type = 'button';
    a.addEventListener('click', onAction);
    parts.push(a);
  }
  return parts;
};
