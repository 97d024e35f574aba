// Self-practice rules on the phone (issue 14): the same Leitner schedule, grading and "what
// next" as game/core/practice.cpp and scoring.cpp, checked against the C++ core by shared
// test vectors (tests/golden/practice_vectors.json, tests/web/practice_vectors.test.mjs).
// No DOM here: node runs this file in the vector test.
'use strict';
(function (root) {
  const DoVui = root.DoVui = root.DoVui || {};
  const P = DoVui.practice = {};

  P.BOX_COUNT = 5;
  P.MASTERED_BOX = 3;  // right twice in a row, on two different days
  P.RETRY_GAP = 3;     // a missed question returns after this many others
  P.BOX_INTERVAL_DAYS = [0, 0, 1, 3, 7, 14];
  P.STORAGE_VERSION = 1;

  /** Today as a day number in the phone's own time zone. */
  P.today = function (now) {
    const d = now || new Date();
    return Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / 86400000);
  };

  P.isPractisable = function (q) { return q.kind !== 'poll' && Array.isArray(q.correct) && q.correct.length > 0; };

  /** Which questions a session draws from: a topic id, {technique: id} (the questions tagged
   *  with that technique), or null for all topics mixed. */
  P.matches = function (q, filter) {
    if (filter && typeof filter === 'object') return (q.techniques || []).indexOf(filter.technique) >= 0;
    return !filter || (q.topics || []).indexOf(filter) >= 0;
  };

  P.freshCard = function () {
    return { box: 1, dueDay: 0, retryTurn: 0, lastTurn: -1, timesRight: 0, timesWrong: 0, lastWrong: false };
  };
  P.cardFor = function (progress, id) {
    const c = progress.cards[id];
    return c ? c : P.freshCard();
  };
  P.isDue = function (card, day, turn) {
    if (card.lastTurn < 0) return true;
    if (card.lastWrong) return turn >= card.retryTurn;
    return day >= card.dueDay;
  };

  /** Records one answer on `day` and advances the turn (core: recordAnswer). */
  P.recordAnswer = function (progress, q, correct, day) {
    const card = Object.assign(P.freshCard(), progress.cards[q.id] || {});
    const onTime = card.lastTurn < 0 || day >= card.dueDay;
    if (correct) {
      card.timesRight++;
      if (onTime) card.box = Math.min(P.BOX_COUNT, card.box + 1);
      card.lastWrong = false;
      card.dueDay = day + P.BOX_INTERVAL_DAYS[card.box];
    } else {
      card.timesWrong++;
      card.box = 1;
      card.lastWrong = true;
      card.dueDay = day;
      card.retryTurn = progress.turn + 1 + P.RETRY_GAP;
    }
    card.lastTurn = progress.turn;
    progress.cards[q.id] = card;
    progress.turn++;
  };

  function pickKey(card, day, turn, index) {
    const seen = card.lastTurn >= 0;
    if (seen && card.lastWrong && turn >= card.retryTurn) return [0, card.retryTurn, 0, index];
    if (seen && !card.lastWrong && day >= card.dueDay) return [1, card.box, card.dueDay, index];
    if (!seen) return [2, 0, 0, index];
    return [3, card.dueDay, card.lastTurn, index];
  }
  function less(a, b) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  }

  /** The index of the question to ask next, or -1 (core: pickNext). Missed questions whose
   *  gap has passed; due reviews, lowest box first; never-seen ones in pack order; then the
   *  one due soonest. The question just asked is not repeated while another is available. */
  P.pickNext = function (questions, progress, topicId, day) {
    let best = null;
    let bestRepeat = null;
    questions.forEach(function (q, i) {
      if (!P.isPractisable(q) || !P.matches(q, topicId)) return;
      const card = P.cardFor(progress, q.id);
      const key = pickKey(card, day, progress.turn, i);
      const justAsked = card.lastTurn >= 0 && card.lastTurn === progress.turn - 1;
      if (justAsked) { if (!bestRepeat || less(key, bestRepeat)) bestRepeat = key; }
      else if (!best || less(key, best)) best = key;
    });
    if (best) return best[3];
    if (bestRepeat) return bestRepeat[3];
    return -1;
  };

  /** Right, and the share of credit (core: grade). */
  P.grade = function (q, choice) {
    const none = { credit: 0, correct: false };
    if (q.kind === 'poll' || !P.wellFormed(q, choice)) return none;
    if (q.kind === 'single' || q.kind === 'truefalse' || q.kind === 'spot') {
      const right = choice[0] === q.correct[0];
      return { credit: right ? 1 : 0, correct: right };
    }
    if (q.kind === 'multi') {
      let rightPicks = 0;
      choice.forEach(function (c) { if (q.correct.indexOf(c) >= 0) rightPicks++; });
      const wrongPicks = choice.length - rightPicks;
      return { credit: Math.max(0, (rightPicks - wrongPicks) / q.correct.length),
        correct: wrongPicks === 0 && rightPicks === q.correct.length };
    }
    if (q.kind === 'order') {
      let inPlace = 0;
      choice.forEach(function (c, i) { if (c === q.correct[i]) inPlace++; });
      return { credit: inPlace / q.correct.length, correct: inPlace === q.correct.length };
    }
    return none;
  };
  /** A spot question's options are its card's spans (the page fills q.options from them). */
  P.optionCount = function (q) {
    if (q.kind === 'truefalse') return 2;
    if (q.kind === 'spot' && !(q.options && q.options.length)) return ((q.card && q.card.spans) || []).length;
    return (q.options || []).length;
  };
  P.wellFormed = function (q, choice) {
    const n = P.optionCount(q);
    if (!Array.isArray(choice) || choice.length === 0) return false;
    const seen = {};
    for (let i = 0; i < choice.length; i++) {
      const c = choice[i];
      if (typeof c !== 'number' || c < 0 || c >= n || seen[c]) return false;
      seen[c] = true;
    }
    if (q.kind === 'single' || q.kind === 'truefalse' || q.kind === 'poll' || q.kind === 'spot') return choice.length === 1;
    if (q.kind === 'order') return choice.length === n;
    return true;
  };

  /** One row of counts over the questions `filter` draws (see P.matches). */
  function masteryRow(pack, progress, day, filter, row) {
    Object.assign(row, { total: 0, mastered: 0, learning: 0, unseen: 0, dueNow: 0, missed: 0, reviews: 0 });
    pack.questions.forEach(function (q) {
      if (!P.isPractisable(q) || !P.matches(q, filter)) return;
      const card = P.cardFor(progress, q.id);
      row.total++;
      if (card.lastTurn < 0) row.unseen++;
      else if (card.box >= P.MASTERED_BOX) row.mastered++;
      else row.learning++;
      if (P.isDue(card, day, progress.turn)) row.dueNow++;
      if (card.lastTurn >= 0 && card.lastWrong) row.missed++;  // page-only: for the words
      if (card.lastTurn >= 0 && P.isDue(card, day, progress.turn)) row.reviews++;
    });
    return row;
  }
  /** Per topic: total, mastered, learning, unseen, due now (core: topicMastery). */
  P.mastery = function (pack, progress, day) {
    const rows = [];
    (pack.topics || []).forEach(function (topic) {
      const row = masteryRow(pack, progress, day, topic.id, { topicId: topic.id, name: topic.name });
      if (row.total > 0) rows.push(row);
    });
    return rows;
  };
  /** Per technique, in the given order (every one, also those with no question). */
  P.techniqueMastery = function (pack, progress, day, techniques) {
    return techniques.map(function (info) {
      return masteryRow(pack, progress, day, { technique: info.id }, { technique: info.id });
    });
  };
  /** A topic's state in plain words: never "Hộp 2/5". */
  P.masteryWord = function (row) {
    if (row.unseen === row.total) return 'notStarted';
    if (row.mastered === row.total) return 'solid';
    if (row.missed > 0 || row.reviews > 0) return 'needsReview';
    return 'goingWell';
  };

  // ------------------------------------------------------------ progress on the phone
  P.storageKey = function (packId) { return 'dovui.practice.' + packId; };

  function validCard(c) {
    return c && typeof c === 'object' && Number.isInteger(c.box) && c.box >= 1 && c.box <= P.BOX_COUNT &&
      Number.isInteger(c.dueDay) && Number.isInteger(c.retryTurn) && Number.isInteger(c.lastTurn) &&
      Number.isInteger(c.timesRight) && Number.isInteger(c.timesWrong) && typeof c.lastWrong === 'boolean';
  }

  /** {progress, problem}: a value from an older version, another program or a broken write
   *  starts afresh with problem set (the old value is kept aside under "….bad"). */
  P.load = function (storage, packId) {
    const fresh = { v: P.STORAGE_VERSION, packId: packId, turn: 0, cards: {} };
    let text = null;
    try { text = storage.getItem(P.storageKey(packId)); } catch (e) { return { progress: fresh, problem: 'noStorage' }; }
    if (text === null) return { progress: fresh, problem: null };
    let value = null;
    try { value = JSON.parse(text); } catch (e) { value = null; }
    const ok = value && value.v === P.STORAGE_VERSION && value.packId === packId && Number.isInteger(value.turn) &&
      value.turn >= 0 && value.cards && typeof value.cards === 'object' &&
      Object.keys(value.cards).every(function (id) { return validCard(value.cards[id]); });
    if (ok) return { progress: value, problem: null };
    try { storage.setItem(P.storageKey(packId) + '.bad', text); } catch (e) { /* full: nothing more to do */ }
    return { progress: fresh, problem: 'corrupted' };
  };
  /** False when the phone would not keep it (no storage, or full). */
  P.save = function (storage, progress) {
    try {
      storage.setItem(P.storageKey(progress.packId), JSON.stringify(progress));
      return true;
    } catch (e) {
      return false;
    }
  };
})(typeof window !== 'undefined' ? window : globalThis);
