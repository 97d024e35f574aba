// Self-practice on the phone (issue 14): choose a set, a topic or all mixed, one question at a
// time, untimed unless asked, the result and the explanation after every answer, missed
// questions back after three others, progress in plain words. Works from the host's Wi-Fi and
// from the single file a learner takes home (DoVui.homePack: then nothing is ever sent).
'use strict';

(function () {
  const t = DoVui.t;
  const el = DoVui.el;
  const P = DoVui.practice;
  const LEARNER_KEY = 'dovui.practice.learner';
  const NAME_KEY = 'dovui.practice.name';
  const OUTBOX_KEY = 'dovui.practice.outbox';
  const TIMED_KEY = 'dovui.practice.timed';
  const MAX_OUTBOX = 500;
  const PS = {
    index: null, pack: null, progress: null, problem: '', filter: null, current: -1, result: null,
    deadline: 0, timer: null, sending: false
  };
  DoVui.practiceState = PS;  // read by the browser tests

  function storage() { try { return window.localStorage; } catch (e) { return null; } }
  function read(key, fallback) {
    try { const v = storage().getItem(key); return v === null ? fallback : v; } catch (e) { return fallback; }
  }
  function write(key, value) { try { storage().setItem(key, value); return true; } catch (e) { return false; } }
  function mount(name, nodes) { DoVui.mount(name, nodes); }

  /** What to warn about before the learner invests time: storage that will not come back. */
  function storageWarning() {
    const test = 'dovui.practice.test';
    if (!write(test, '1') || read(test, null) !== '1') return t('p.noStorage');
    try { storage().removeItem(test); } catch (e) { /* fine */ }
    const inApp = /; wv\)/.test(navigator.userAgent);
    if (DoVui.homePack && (inApp || (location.protocol !== 'file:' && location.protocol !== 'content:')))
      return t('p.fileWarning');
    return '';
  }

  // ------------------------------------------------------------ packs
  /** A pack question as the tiles and cards draw it (the wire's shape). */
  function asShown(q, index) {
    const options = q.kind === 'truefalse' && !(q.options && q.options.length)
      ? [t('trueWord'), t('falseWord')] : (q.options || []);
    let card = null;
    if (q.card) {
      const body = Object.assign({}, q.card);
      delete body.spans;
      delete body.genuine;
      if (body.type === 'chat') body.bubbles = (body.bubbles || []).map(function (b) { return { fromMe: !!b.me, text: b.text }; });
      if (body.type === 'qr_payment') body.shopName = body.shop;
      card = { body: body, spans: q.card.spans || [] };
    }
    return { index: index, kind: q.kind, options: options, optionCount: options.length, text: q.text, card: card,
      timeLimitMs: (q.time || 20) * 1000 };
  }
  function utf8Length(text) { return new TextEncoder().encode(text).length; }
  /** A spot question's spans as the wire gives them (UTF-8 byte offsets; the pack may name a
   *  span by its words, first occurrence, as the core reads it) and its options, their texts. */
  function resolveSpot(q) {
    if (q.kind !== 'spot' || !q.card || !Array.isArray(q.card.spans)) return;
    const spans = [];
    const options = [];
    q.card.spans.forEach(function (s, i) {
      const text = DoVui.cardFieldText(q.card, s.field);
      if (text === null) return;
      let begin = s.begin;
      let end = s.end;
      if (typeof s.text === 'string') {
        const at = text.indexOf(s.text);
        if (at < 0 || !s.text) return;
        begin = utf8Length(text.slice(0, at));
        end = begin + utf8Length(s.text);
      }
      const range = DoVui.spanRange(text, begin, end);
      if (!range) return;
      spans.push({ id: s.id || 's' + (i + 1), field: s.field, begin: begin, end: end });
      options.push(text.slice(range[0], range[1]));
    });
    q.card = Object.assign({}, q.card, { spans: spans });
    q.options = options;
  }
  function validPack(pack) {
    return pack && typeof pack.id === 'string' && Array.isArray(pack.questions) && Array.isArray(pack.topics) &&
      pack.questions.every(function (q) { return q && typeof q.id === 'string' && typeof q.kind === 'string' && typeof q.text === 'string'; });
  }

  function loadIndex() {
    mount('p-loading', DoVui.screens.connecting(null, t('p.loading')));
    fetch('packs/index.json', { cache: 'no-cache' }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    }).then(function (index) {
      PS.index = index && Array.isArray(index.packs) ? index.packs : [];
      PS.withheld = index && index.withheld > 0;
      // The learner's language first (an English set is there for English-speaking classes).
      PS.index.sort(function (a, b) { return (b.language === DoVui.lang) - (a.language === DoVui.lang); });
      if (PS.index.length === 1) return openPack(PS.index[0].id);
      showPacks();
    }).catch(function () { failed(loadIndex); });
  }
  function failed(retry) {
    const b = el('button', 'primary', t('p.retry'));
    b.type = 'button';
    b.addEventListener('click', retry);
    mount('p-error', [el('h1', 'center hello', t('p.title')), el('div', 'error', t('p.loadFailed')), b, backButton(DoVui.showHome)]);
  }
  function openPack(id) {
    mount('p-loading', DoVui.screens.connecting(null, t('p.loading')));
    fetch('packs/' + encodeURIComponent(id) + '.json', { cache: 'no-cache' }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    }).then(function (pack) {
      if (!validPack(pack)) throw new Error('bad pack');
      usePack(pack);
    }).catch(function () { failed(function () { openPack(id); }); });
  }
  function usePack(pack) {
    pack.questions.forEach(resolveSpot);
    PS.pack = pack;
    const loaded = P.load(storage() || { getItem: function () { throw new Error('none'); } }, pack.id);
    PS.progress = loaded.progress;
    PS.problem = loaded.problem === 'corrupted' ? t('p.corrupted') : loaded.problem === 'noStorage' ? t('p.noStorage') : '';
    const gone = Object.keys(PS.progress.cards).filter(function (id) {
      return !pack.questions.some(function (q) { return q.id === id; });
    }).length;
    if (gone && !PS.problem) PS.problem = t('p.packChanged', { n: gone });  // kept, never deleted
    showTopics();
  }

  // ------------------------------------------------------------ screens
  function backButton(action) {
    const b = el('button', 'secondary', t('p.back'));
    b.type = 'button';
    b.addEventListener('click', action);
    return b;
  }
  function bigButton(text, hint, action, cls) {
    const b = el('button', 'choice ' + (cls || ''), null, [el('span', 'choice-title', text), hint ? el('span', 'choice-hint', hint) : null]);
    b.type = 'button';
    b.addEventListener('click', action);
    return b;
  }

  function showPacks() {
    const parts = [el('h1', 'center', t('p.title')), el('p', 'lead center', t('p.choosePack'))];
    if (!PS.index.length) parts.push(el('div', 'error', t('p.noPacks')));
    PS.index.forEach(function (p) {
      parts.push(bigButton(p.title, t('p.questions', { n: p.questions }), function () { openPack(p.id); }));
    });
    if (PS.withheld) parts.push(el('p', 'hint center', t('p.withheld')));
    if (!DoVui.homePack) parts.push(backButton(DoVui.showHome));
    mount('p-packs', parts);
  }

  function masteryRow(row, onTap) {
    const word = P.masteryWord(row);
    const bar = el('div', 'meter', null, [el('div')]);
    bar.firstChild.style.width = Math.round(100 * row.mastered / Math.max(1, row.total)) + '%';
    const parts = [el('span', 'topic-name', row.name), el('span', 'word ' + word, t('p.' + word)), bar,
      el('span', 'topic-count', t('p.counts', { m: row.mastered, n: row.total }) +
        (row.reviews ? ' · ' + t('p.dueNow', { n: row.reviews }) : ''))];
    const node = el(onTap ? 'button' : 'div', 'topic', null, parts);
    if (onTap) {
      node.type = 'button';
      node.addEventListener('click', onTap);
    }
    return node;
  }

  function showTopics() {
    stopTimer();
    const day = P.today();
    const parts = [el('h1', 'center', PS.pack.title)];
    const warning = storageWarning();
    if (warning) parts.push(el('div', 'error', warning));
    if (PS.problem) parts.push(el('div', 'notice', PS.problem));
    parts.push(bigButton(t('p.mixAll'), null, function () { start(null); }, 'mix'));
    if (PS.pack.questions.some(function (q) { return q.techniques && q.techniques.length; }))
      parts.push(bigButton(t('p.byTechnique'), t('p.byTechniqueHint'), showTechniques, 'by-technique'));
    parts.push(el('h2', null, t('p.chooseTopic')));
    P.mastery(PS.pack, PS.progress, day).forEach(function (row) {
      parts.push(masteryRow(row, function () { start(row.topicId); }));
    });
    const timed = read(TIMED_KEY, '0') === '1';
    const toggle = el('button', 'secondary', t(timed ? 'p.timedOn' : 'p.timedOff'));
    toggle.type = 'button';
    toggle.setAttribute('aria-pressed', timed ? 'true' : 'false');
    toggle.addEventListener('click', function () { write(TIMED_KEY, timed ? '0' : '1'); showTopics(); });
    parts.push(toggle);
    if (!DoVui.homePack) {
      const name = el('input');
      name.type = 'text';
      name.id = 'practiceName';
      name.maxLength = DoVui.NICKNAME_MAX_INPUT;
      name.placeholder = t('p.namePlaceholder');
      name.value = read(NAME_KEY, '');
      name.addEventListener('change', function () { write(NAME_KEY, name.value.trim()); });
      const label = el('label', null, t('p.nameLabel'));
      label.htmlFor = 'practiceName';
      parts.push(label, name);
      const home = el('a', 'secondary link-button', t('p.takeHome'));
      home.href = 'home/' + encodeURIComponent(PS.pack.id) + '.html';
      home.setAttribute('download', 'Do-Vui-So-' + PS.pack.id + '.html');
      home.id = 'takeHome';
      parts.push(home, el('p', 'hint', t('p.takeHomeHint')));
      parts.push(backButton(function () { if (PS.index && PS.index.length > 1) showPacks(); else DoVui.showHome(); }));
    }
    mount('p-topics', parts);
  }

  /** "Luyện theo thủ đoạn": the eight techniques, each with its questions and the learner's words. */
  function showTechniques() {
    stopTimer();
    const parts = [el('h1', 'center', t('p.byTechnique')), el('p', 'lead center', t('p.chooseTechnique'))];
    P.techniqueMastery(PS.pack, PS.progress, P.today(), DoVui.TECHNIQUES).forEach(function (row) {
      const info = DoVui.technique(row.technique);
      row.name = DoVui.lang === 'en' ? info.nameEn : info.nameVi;
      const node = row.total ? masteryRow(row, function () { start({ technique: row.technique }); })
        : el('div', 'topic empty', null, [el('span', 'topic-name', row.name), el('span', 'word notStarted', t('p.noQuestions'))]);
      node.dataset.technique = row.technique;
      node.appendChild(el('span', 'topic-describe', DoVui.lang === 'en' ? info.describeEn : info.describeVi));
      parts.push(node);
    });
    parts.push(backButton(showTopics));
    mount('p-techniques', parts);
  }
  function filterName(filter) {
    if (filter && typeof filter === 'object') {
      const names = DoVui.techniqueNames([filter.technique], DoVui.lang);
      return t('p.techniqueOf', { name: names[0] || filter.technique });
    }
    const topic = filter ? (PS.pack.topics.find(function (x) { return x.id === filter; }) || {}).name : t('p.mixed');
    return t('p.topicOf', { name: topic });
  }

  function showProgress() {
    stopTimer();
    const day = P.today();
    const rows = P.mastery(PS.pack, PS.progress, day);
    // The whole set as one topic (an empty topic id matches every question).
    const all = P.mastery({ topics: [{ id: '', name: t('p.overall') }], questions: PS.pack.questions }, PS.progress, day)[0];
    const parts = [el('h1', 'center', t('p.progress')), masteryRow(all, null)];
    rows.forEach(function (row) { parts.push(masteryRow(row, null)); });
    parts.push(backButton(showTopics));
    mount('p-progress', parts);
  }

  // ------------------------------------------------------------ one question
  function start(filter) {
    PS.filter = filter;
    nextQuestion();
  }
  function byTechnique() { return !!(PS.filter && typeof PS.filter === 'object'); }
  function nextQuestion() {
    const index = P.pickNext(PS.pack.questions, PS.progress, PS.filter, P.today());
    if (index < 0) {
      stopTimer();
      return mount('p-empty', [el('div', 'notice', t('p.nothing')), backButton(byTechnique() ? showTechniques : showTopics)]);
    }
    showQuestion(index);
  }
  function showQuestion(index) {
    stopTimer();
    PS.current = index;
    PS.result = null;
    const q = PS.pack.questions[index];
    const shown = asShown(q, PS.progress.turn);
    const head = el('div', 'q-head', null, [el('span', null, t('p.answered', { n: PS.progress.turn })), el('span', 'seconds', '')]);
    head.lastChild.id = 'practiceSeconds';
    const parts = [el('p', 'practice-topic', filterName(PS.filter)), head];
    if (q.text) parts.push(el('div', 'q-text', q.text));
    mount('p-question', parts.concat(DoVui.answerArea(shown, answer)));
    if (read(TIMED_KEY, '0') === '1') {
      PS.deadline = Date.now() + shown.timeLimitMs;
      PS.timer = setInterval(tickTimer, 250);
      tickTimer();
    }
  }
  function tickTimer() {
    const seconds = document.getElementById('practiceSeconds');
    const left = Math.max(0, PS.deadline - Date.now());
    if (seconds) seconds.textContent = t('seconds', { s: Math.ceil(left / 1000) });
    if (left === 0) answer(null);
  }
  function stopTimer() {
    if (PS.timer) clearInterval(PS.timer);
    PS.timer = null;
  }

  function answer(choice) {
    if (PS.result) return;
    stopTimer();
    const q = PS.pack.questions[PS.current];
    const graded = choice ? P.grade(q, choice) : { credit: 0, correct: false };
    const turn = PS.progress.turn;
    P.recordAnswer(PS.progress, q, graded.correct, P.today());
    const saved = storage() ? P.save(storage(), PS.progress) : false;
    PS.result = { choice: choice, graded: graded, saved: saved };
    queueReport(q.id, turn, graded.correct);
    showResult();
  }

  function showResult() {
    const q = PS.pack.questions[PS.current];
    const shown = asShown(q, 0);
    const r = PS.result;
    let verdict;
    if (!r.choice) verdict = el('div', 'verdict none', null, [el('div', 'big', t('p.timeUp'))]);
    else if (r.graded.correct) verdict = el('div', 'verdict right', null, [el('div', 'big', '✓ ' + t('p.right'))]);
    else if (r.graded.credit > 0) verdict = el('div', 'verdict partial', null, [el('div', 'big', '◐ ' + t('p.partial'))]);
    else verdict = el('div', 'verdict wrong', null, [el('div', 'big', '✗ ' + t('p.wrong'))]);
    const order = q.kind === 'order';
    const parts = [verdict];
    if (!r.saved) parts.push(el('div', 'error', storage() ? t('p.storageFull') : t('p.noStorage')));
    if (r.choice && !r.graded.correct) {
      parts.push(el('div', 'answer-line', t('yourChoice')));
      parts.push(DoVui.choiceChips(r.choice, shown.options, order));
    }
    parts.push(el('div', 'answer-line', t(order ? 'rightOrder' : 'rightAnswer')));
    parts.push(DoVui.choiceChips(q.correct, shown.options, order));
    parts.push(DoVui.spotRevealCard(shown, q.correct[0], r.choice ? r.choice[0] : -1));
    const cardVerdict = !q.card ? 'noCard' : q.card.genuine === true ? 'genuine' : q.card.genuine === false ? 'scam' : 'noCard';
    parts.push(DoVui.teachBox(cardVerdict, q.card ? q.card.type : '', q.techniques, q.explanation));
    if (!r.graded.correct) parts.push(el('p', 'hint', t('p.comesBack')));
    const next = el('button', 'primary', t('p.next'));
    next.type = 'button';
    next.dataset.action = 'next';
    next.addEventListener('click', nextQuestion);
    const progress = el('button', 'secondary', t('p.progress'));
    progress.type = 'button';
    progress.addEventListener('click', showProgress);
    const other = el('button', 'secondary', t(byTechnique() ? 'p.otherTechnique' : 'p.otherTopic'));
    other.type = 'button';
    other.addEventListener('click', byTechnique() ? showTechniques : showTopics);
    mount('p-result', parts.concat([next, progress, other]));
    if (r.choice) DoVui.vibrate(r.graded.correct ? [120] : [200, 100, 200]);
  }

  // ------------------------------------------------------------ reports to the host
  function learnerId() {
    let id = read(LEARNER_KEY, '');
    if (!/^[A-Za-z0-9_-]{8,40}$/.test(id)) {
      id = '';
      for (let i = 0; i < 20; i++) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)];
      write(LEARNER_KEY, id);
    }
    return id;
  }
  function outbox() {
    try {
      const list = JSON.parse(read(OUTBOX_KEY, '[]'));
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }
  /** On the host's Wi-Fi the answer is reported (anonymous unless named); at home never. */
  function queueReport(questionId, turn, correct) {
    if (DoVui.homePack) return;
    const list = outbox();
    list.push({ pack: PS.pack.id, turn: turn, question: questionId, correct: correct });
    write(OUTBOX_KEY, JSON.stringify(list.slice(-MAX_OUTBOX)));
    flushReports();
  }
  function flushReports() {
    if (PS.sending || DoVui.homePack) return;
    const list = outbox();
    if (!list.length) return;
    const pack = list[0].pack;
    const batch = list.filter(function (a) { return a.pack === pack; }).slice(0, 8);
    PS.sending = true;
    fetch('practice', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ learner: learnerId(), name: read(NAME_KEY, ''), pack: pack,
        answers: batch.map(function (a) { return { turn: a.turn, question: a.question, correct: a.correct }; }) }) })
      .then(function (r) {
        PS.sending = false;
        if (r.status !== 202 && r.status !== 400) return;  // 400: never accepted, drop it
        const sent = {};
        batch.forEach(function (a) { sent[a.pack + ':' + a.turn] = true; });
        write(OUTBOX_KEY, JSON.stringify(outbox().filter(function (a) { return !sent[a.pack + ':' + a.turn]; })));
        flushReports();
      }).catch(function () { PS.sending = false; });  // off the host's Wi-Fi: kept for later
  }

  // ------------------------------------------------------------ entry points
  DoVui.practiceUi = {
    start: function () {
      if (DoVui.homePack) return usePack(DoVui.homePack);
      flushReports();
      loadIndex();
    },
    redraw: function () {
      const screen = DoVui.state.screen;
      if (screen === 'p-packs') return showPacks();
      if (screen === 'p-topics') return showTopics();
      if (screen === 'p-techniques') return showTechniques();
      if (screen === 'p-progress') return showProgress();
      if (screen === 'p-result') return showResult();
      if (screen === 'p-question' && PS.current >= 0) return showQuestion(PS.current);  // same question
    }
  };
})();
