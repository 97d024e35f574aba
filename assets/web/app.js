// The page's state and the server's messages. The server decides everything; the page shows
// what it was told and sends only what the learner chose (design.md §5, style.md §3).
'use strict';

(function () {
  const t = DoVui.t;
  const SESSION_KEY = 'dovui.session';
  const params = new URLSearchParams(location.search);
  const pinText = params.get('pin') || '';
  const S = {
    pin: /^\d{6}$/.test(pinText) ? Number(pinText) : null,
    nickname: '', token: null, joined: false, error: '', score: 0, lobbyCount: 0,
    question: null, deadline: 0, pausedRemaining: null, answeredIndex: -1, answeredChoice: null,
    ackProblem: '', reveal: null, leaderboard: null, podium: null, eliminated: false, teamName: '',
    screen: 'loading', lost: false, hiddenAt: 0,
    picks: null,        // {index, picked}: multi-select ticks / ordering taps not yet sent
    resend: null,       // {index, choice}: sent into a socket that died; sent again on return
    finished: false,    // the podium came: nothing more to reconnect for
    pinRefused: false, mountedKey: ''
  };
  DoVui.state = S;  // read by the browser tests

  // ---------------------------------------------------------------- session storage
  function loadSession() {
    try {
      const saved = JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
      if (saved && saved.pin === S.pin && typeof saved.token === 'string') return saved;
    } catch (e) { /* no storage, or a value this page cannot read: start afresh */ }
    return null;
  }
  /** Token and name, plus what a reload must not lose: the open question, the answer sent
   *  for it and the ticks not yet sent. */
  function saveSession() {
    if (!S.token) return;
    const answered = S.question && S.answeredIndex === S.question.index
      ? { index: S.answeredIndex, choice: S.answeredChoice } : null;
    try {
      localStorage.setItem(SESSION_KEY, JSON.stringify({ pin: S.pin, token: S.token, nickname: S.nickname,
        question: S.question, answered: answered, picks: S.picks }));
    } catch (e) { /* no storage or full: the token in memory still works until a reload */ }
  }
  function restoreSaved(saved) {
    S.token = saved.token;
    S.nickname = saved.nickname || '';
    if (saved.question && typeof saved.question.index === 'number') S.question = saved.question;
    if (saved.answered && S.question && saved.answered.index === S.question.index) {
      S.answeredIndex = saved.answered.index;
      S.answeredChoice = saved.answered.choice;
    }
    if (saved.picks && S.question && saved.picks.index === S.question.index) S.picks = saved.picks;
  }
  function clearSession() {
    S.token = null;
    S.joined = false;
    try { localStorage.removeItem(SESSION_KEY); } catch (e) { /* no storage */ }
  }

  // ---------------------------------------------------------------- drawing
  function mount(name, nodes) {
    const key = name + ':' + (S.question ? S.question.index : '');
    const scroll = key === S.mountedKey ? window.scrollY : 0;  // a redraw keeps the place
    S.mountedKey = key;
    S.screen = name;
    document.body.dataset.screen = name;
    if (name !== 'question') DoVui.closeCardSheet();
    const root = document.getElementById('screen');
    root.textContent = '';
    nodes.forEach(function (n) { if (n) root.appendChild(n); });
    drawBar();
    tick();
    DoVui.fitScreen();
    window.scrollTo(0, scroll);
  }
  DoVui.mount = mount;
  /** The first screen without a PIN in the address: play with the class, or practise. */
  DoVui.showHome = function () {
    const el = DoVui.el;
    function choice(cls, title, hint, action) {
      const b = el('button', 'choice ' + cls, null, [el('span', 'choice-title', title), el('span', 'choice-hint', hint)]);
      b.type = 'button';
      b.addEventListener('click', action);
      return b;
    }
    const logo = el('img', 'logo');
    logo.src = 'icon.svg';
    logo.alt = '';
    mount('home', [logo, el('h1', 'center', t('appName')), el('p', 'lead center', t('home.title')),
      choice('class', t('home.playClass'), t('home.playClassHint'), function () { mount('join', DoVui.screens.join(S, join)); }),
      choice('practice', t('home.practise'), t('home.practiseHint'), function () { DoVui.practiceUi.start(); })]);
  };
  function drawBar() {
    document.getElementById('langButton').textContent = t('otherLanguage');
    document.getElementById('barTitle').textContent = S.matchName || t('appName');
    const score = document.getElementById('barScore');
    score.hidden = !S.joined;
    score.textContent = DoVui.formatNumber(S.score) + ' ' + t('score').toLowerCase();
    document.getElementById('pauseTitle').textContent = t('paused');
    document.getElementById('pauseText').textContent = t('pausedText');
  }
  function banner(text) {
    const b = document.getElementById('banner');
    b.textContent = text || '';
    b.hidden = !text;
  }
  function redraw() {
    const screens = DoVui.screens;
    switch (S.screen) {
      case 'join': return mount('join', screens.join(S, join));
      case 'waiting': return mount('waiting', screens.waiting(S));
      case 'question': return mountQuestion();
      case 'sent': return mount('sent', screens.sent(S));
      case 'reveal': return mount('reveal', screens.reveal(S));
      case 'leaderboard': return mount('leaderboard', screens.leaderboard(S));
      case 'podium': return mount('podium', screens.podium(S));
      case 'home': return DoVui.showHome();
      default:
        if (S.screen.indexOf('p-') === 0) return DoVui.practiceUi.redraw();
        drawBar();
        return DoVui.fitScreen();
    }
  }
  /** The countdown: local time from the server's remainingMs; the server still decides. */
  function tick() {
    const seconds = document.getElementById('seconds');
    const bar = document.getElementById('timer');
    if (!seconds || !bar || !S.question) return;
    const left = S.pausedRemaining !== null ? S.pausedRemaining : Math.max(0, S.deadline - Date.now());
    const limit = S.question.timeLimitMs || 1;
    seconds.textContent = t('seconds', { s: Math.ceil(left / 1000) });
    bar.firstChild.style.width = Math.min(100, 100 * left / limit) + '%';
    bar.classList.toggle('low', left < 5000);
    if (left === 0 && S.screen === 'question' && !S.eliminated) {
      document.querySelectorAll('.tile, .confirm-row button, .spot').forEach(function (b) { b.disabled = true; b.classList.add('dim'); });
      seconds.textContent = t('timeUp');
    }
  }
  setInterval(tick, 250);

  // ---------------------------------------------------------------- learner intents
  /** Visible characters, as the server counts them (NFC, one per grapheme). */
  function visibleLength(text) {
    const nfc = text.normalize ? text.normalize('NFC') : text;
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      let n = 0;
      for (const part of new Intl.Segmenter().segment(nfc)) if (part) n++;
      return n;
    }
    return Array.from(nfc.replace(/[\u0300-\u036f]/g, '')).length;
  }
  function join(nickname, pinText) {
    S.nickname = (nickname || '').trim().replace(/\s+/g, ' ');
    if (pinText !== null && pinText !== undefined) S.pin = /^\d{6}$/.test(pinText.trim()) ? Number(pinText.trim()) : null;
    S.pinRefused = !S.pin;
    if (!S.pin) { S.error = t('refusal.wrongPin'); return mount('join', DoVui.screens.join(S, join)); }
    if (!S.nickname) { S.error = t('refusal.nicknameEmpty'); return mount('join', DoVui.screens.join(S, join)); }
    if (visibleLength(S.nickname) > DoVui.NICKNAME_MAX) {
      S.error = t('refusal.nicknameTooLong');
      return mount('join', DoVui.screens.join(S, join));
    }
    S.error = '';
    mount('connecting', DoVui.screens.connecting(S, t('joining')));
    if (connection.isOpen()) hello(); else connection.open();
  }
  function mountQuestion() {
    mount('question', DoVui.screens.question(S, answer, function (picked) {
      S.picks = { index: S.question.index, picked: picked };
      saveSession();
    }));
  }
  /** The learner's choice. Sent now, or, when the link is down, as soon as it is back: the
   *  server stamps it on arrival and refuses it if the time is up. */
  function answer(choice) {
    const q = S.question;
    if (!q || S.answeredIndex === q.index) return;
    S.answeredIndex = q.index;
    S.answeredChoice = choice;
    S.ackProblem = '';
    if (!connection.send({ type: 'answer', questionIndex: q.index, choice: choice })) {
      S.resend = { index: q.index, choice: choice };
      banner(t('reconnecting'));
      connection.reconnectNow();
    }
    saveSession();
    mount('sent', DoVui.screens.sent(S));
  }
  function sendPendingAnswer(index) {
    if (!S.resend || S.resend.index !== index) return false;
    const choice = S.resend.choice;
    if (!connection.send({ type: 'answer', questionIndex: index, choice: choice })) return false;
    S.resend = null;
    S.answeredIndex = index;
    S.answeredChoice = choice;
    return true;
  }
  function hello() {
    if (S.token) {
      connection.send({ type: 'rejoin', protocolVersion: DoVui.PROTOCOL_VERSION, pin: S.pin, token: S.token, rich: true });
    } else if (S.nickname) {
      connection.send({ type: 'join', protocolVersion: DoVui.PROTOCOL_VERSION, pin: S.pin, nickname: S.nickname, rich: true });
    }
  }

  // ---------------------------------------------------------------- server messages
  const on = {
    welcome: function (m) {
      S.token = m.token; S.nickname = m.nickname; S.joined = true; S.score = m.score;
      S.eliminated = m.eliminated; S.teamName = m.teamName; S.matchName = m.matchName;
      saveSession();
      if (S.lost) { banner(t('reconnected')); setTimeout(function () { if (!S.lost) banner(''); }, 2500); }
      S.lost = false;
      if (m.phase === 'question' && m.answeredCurrent) {
        S.answeredIndex = m.questionIndex;
        S.resend = null;
      } else if (m.phase === 'question' && S.answeredIndex === m.questionIndex) {
        // Sent into a socket that was dying: the host never got it. Send it again.
        S.resend = { index: m.questionIndex, choice: S.answeredChoice };
        S.answeredIndex = -1;
      }
      if (m.phase !== 'question') S.resend = null;
      if (m.phase === 'lobby') mount('waiting', DoVui.screens.waiting(S));
      else if (m.phase === 'leaderboard') mount('leaderboard', DoVui.screens.leaderboard(S));
      else if (S.screen === 'connecting' || S.screen === 'join') mount('connecting', DoVui.screens.connecting(S, t('rejoining')));
    },
    joinRefused: function (m) {
      connection.stop();
      if (m.reason === 'kicked') { clearSession(); return kickedScreen(); }
      if (m.reason === 'wrongVersion') return finalScreen(t('wrongVersion'), '', true);
      if (m.reason === 'matchOver') { clearSession(); return endedScreen(); }
      if (S.token) clearSession();
      S.error = t('refusal.' + m.reason);
      S.pinRefused = m.reason === 'wrongPin';
      mount('join', DoVui.screens.join(S, join));
    },
    lobby: function (m) {
      S.lobbyCount = m.playerCount;
      const box = document.querySelector('#lobbyCount .big-number');
      if (box) box.textContent = String(m.playerCount);
    },
    question: function (m) {
      const same = S.question && S.question.index === m.index;
      S.question = m; S.deadline = Date.now() + m.remainingMs; S.pausedRemaining = null; S.ackProblem = '';
      document.getElementById('pauseOverlay').hidden = true;  // a pause, if any, follows
      if (!same) S.picks = null;
      if (sendPendingAnswer(m.index) || S.answeredIndex === m.index) {
        saveSession();
        return mount('sent', DoVui.screens.sent(S));
      }
      S.answeredChoice = null;
      saveSession();
      mountQuestion();
    },
    answerAck: function (m) {
      if (m.refusal === 'none' || m.refusal === 'duplicate' || !S.question || m.questionIndex !== S.question.index) return;
      S.ackProblem = m.refusal === 'late' ? t('late') : t('refused');
      if (S.screen === 'sent') mount('sent', DoVui.screens.sent(S));
    },
    reveal: function (m) {
      S.reveal = m; S.score = m.score; S.eliminated = m.eliminated; S.pausedRemaining = null;
      S.resend = null; S.picks = null;
      document.getElementById('pauseOverlay').hidden = true;
      mount('reveal', DoVui.screens.reveal(S));
      if (!m.voided && m.answered) DoVui.vibrate(m.correctAnswer ? [120] : [200, 100, 200]);
    },
    leaderboard: function (m) { S.leaderboard = m; mount('leaderboard', DoVui.screens.leaderboard(S)); },
    pause: function (m) {
      document.getElementById('pauseOverlay').hidden = !m.paused;
      S.pausedRemaining = m.paused ? m.remainingMs : null;
      if (!m.paused) S.deadline = Date.now() + m.remainingMs;
      tick();
    },
    podium: function (m) {
      S.podium = m; S.score = m.score; S.finished = true;
      document.getElementById('pauseOverlay').hidden = true;
      banner('');
      mount('podium', DoVui.screens.podium(S));
    },
    kicked: function () { clearSession(); connection.stop(); kickedScreen(); },
    revived: function () { S.eliminated = false; banner(t('revived')); },
    error: function (m) { banner(t('serverError', { why: m.reason })); }
  };
  function finalScreen(title, text, reload) {
    banner('');
    document.getElementById('pauseOverlay').hidden = true;
    mount('final', DoVui.screens.message(title, text, reload));
  }
  /** Back to an empty name screen: the learner may join again if the facilitator allows. */
  function startOver() {
    clearSession();
    S.error = ''; S.question = null; S.podium = null; S.reveal = null; S.finished = false;
    S.answeredIndex = -1; S.answeredChoice = null; S.picks = null; S.resend = null;
    mount('join', DoVui.screens.join(S, join));
  }
  function kickedScreen() {
    banner('');
    document.getElementById('pauseOverlay').hidden = true;
    mount('final', DoVui.screens.message(t('kicked'), t('kickedText'), false, t('backHome'), startOver));
  }
  /** The host closed the game: the podium stays if the learner has it; otherwise say so. */
  function endedScreen() {
    banner('');
    document.getElementById('pauseOverlay').hidden = true;
    if (S.podium) return mount('podium', DoVui.screens.podium(S));
    mount('final', DoVui.screens.message(t('ended'), t('endedText'), false, t('tryAgain'), function () {
      mount('connecting', DoVui.screens.connecting(S, t('rejoining')));
      connection.open();
    }));
  }

  const connection = new DoVui.Connection({
    onOpen: hello,
    onMessage: function (m) { if (on[m.type]) on[m.type](m); },
    onLost: function () {
      if (!S.token) {  // never joined: back to the name screen, no retry loop
        connection.stop();
        if (S.screen === 'connecting') mount('join', DoVui.screens.join(S, join));
        return;
      }
      if (S.finished) {  // after the podium there is nothing to come back for
        connection.stop();
        return;
      }
      S.lost = true;
      banner(t('reconnecting'));
    },
    onFinal: function (code) {
      if (code === DoVui.CLOSE.kicked) { clearSession(); kickedScreen(); }
      else if (code === DoVui.CLOSE.matchOver || code === DoVui.CLOSE.shuttingDown) endedScreen();
      else if (code === DoVui.CLOSE.wrongVersion) finalScreen(t('wrongVersion'), '', true);
      else if (code === DoVui.CLOSE.replaced) {
        banner('');
        mount('final', DoVui.screens.message(t('replaced'), t('replacedText'), false, t('playHere'), function () {
          mount('connecting', DoVui.screens.connecting(S, t('rejoining')));
          connection.open();
        }));
      }
    }
  });
  DoVui.connection = connection;

  // A phone that slept may hold a socket the server already dropped: start afresh on waking.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { S.hiddenAt = Date.now(); return; }
    if (S.token && S.hiddenAt && Date.now() - S.hiddenAt > 5000 && connection.socket) {
      S.hiddenAt = 0;
      connection.socket.close();
    }
  });

  document.getElementById('langButton').addEventListener('click', function () {
    DoVui.setLang(DoVui.lang === 'en' ? 'vi' : 'en');
    redraw();
  });

  // ---------------------------------------------------------------- start
  DoVui.setLang(DoVui.lang);
  window.addEventListener('resize', function () { DoVui.fitScreen(); });
  const homeData = document.getElementById('homePack');  // the single file taken home
  if (homeData) {
    try { DoVui.homePack = JSON.parse(homeData.textContent); } catch (e) { DoVui.homePack = null; }
  }
  const saved = DoVui.homePack ? null : loadSession();
  if (homeData || params.has('practice')) {
    DoVui.practiceUi.start();
  } else if (saved) {
    restoreSaved(saved);
    mount('connecting', DoVui.screens.connecting(S, t('rejoining')));
    connection.open();
  } else if (S.pin) {
    mount('join', DoVui.screens.join(S, join));
  } else {
    DoVui.showHome();
  }
})();
