// Strings of the browser page: Vietnamese by default, English on request (localStorage).
'use strict';
window.DoVui = window.DoVui || {};

DoVui.strings = {
  vi: {
    otherLanguage: 'English',
    appName: 'Đố Vui Số',
    pinLabel: 'Mã phòng',
    enterPin: 'Nhập mã phòng (6 chữ số)',
    nicknameLabel: 'Tên của bạn',
    nicknamePlaceholder: 'Ví dụ: Bà Năm',
    join: 'Vào chơi',
    joinHint: 'Chỉ cần nhập tên của bạn rồi bấm “Vào chơi”.',
    joining: 'Đang vào phòng…',
    rejoining: 'Đang vào lại phòng…',
    welcomeHello: 'Xin chào, {name}!',
    waitStart: 'Bạn đã vào phòng. Chờ người hướng dẫn bắt đầu nhé.',
    playersIn: 'người đã vào',
    locked: 'Phòng đã khóa: không nhận thêm người.',
    questionOf: 'Câu {n}/{total}',
    doublePoints: 'Điểm ×2',
    noPoints: 'Không tính điểm',
    seconds: '{s} giây',
    chooseOne: 'Chạm vào một đáp án',
    chooseMany: 'Chọn tất cả đáp án đúng, rồi bấm Gửi',
    chooseOrder: 'Chạm lần lượt theo đúng thứ tự',
    pollHint: 'Không có đáp án sai: chọn ý của bạn',
    send: 'Gửi đáp án',
    sendCount: 'Gửi đáp án ({n} đã chọn)',
    sendOrder: 'Gửi thứ tự',
    reset: 'Làm lại',
    sent: 'Đã gửi!',
    sentWait: 'Chờ mọi người trả lời…',
    yourChoice: 'Bạn đã chọn:',
    late: 'Hết giờ rồi: câu trả lời đến muộn.',
    refused: 'Câu trả lời không được nhận.',
    timeUp: 'Hết giờ!',
    right: 'Đúng rồi!',
    wrong: 'Chưa đúng',
    noAnswer: 'Bạn chưa trả lời kịp',
    voided: 'Câu này được bỏ qua',
    pollThanks: 'Cảm ơn ý kiến của bạn!',
    points: '+{p} điểm',
    streak: '{n} câu đúng liên tiếp!',
    score: 'Điểm',
    rank: 'Hạng',
    rightAnswer: 'Đáp án đúng:',
    rightOrder: 'Thứ tự đúng:',
    why: 'Vì sao?',
    eliminated: 'Bạn đã bị loại, nhưng vẫn xem tiếp được.',
    revived: 'Người hướng dẫn đã cho mọi người chơi lại!',
    leaderboard: 'Bảng xếp hạng',
    you: 'Bạn',
    teams: 'Các đội',
    lookUp: 'Nhìn lên màn hình lớn nhé.',
    paused: 'Tạm dừng',
    pausedText: 'Người hướng dẫn đang giải thích. Chờ một chút nhé.',
    finished: 'Kết thúc!',
    finalRank: 'Bạn xếp hạng {rank} trên {count}',
    rightAnswers: 'Câu đúng',
    thanks: 'Cảm ơn bạn đã tham gia!',
    kicked: 'Bạn đã được mời ra khỏi phòng.',
    reconnecting: 'Mất kết nối. Đang kết nối lại…',
    reconnected: 'Đã kết nối lại!',
    wrongVersion: 'Trang đã cũ. Hãy tải lại trang.',
    reload: 'Tải lại trang',
    serverError: 'Có lỗi: {why}',
    matchOverText: 'Trận đấu đã kết thúc.',
    refusal: {
      wrongPin: 'Sai mã phòng. Hãy hỏi người hướng dẫn hoặc quét lại mã QR.',
      wrongVersion: 'Trang đã cũ. Hãy tải lại trang.',
      nicknameEmpty: 'Hãy nhập tên của bạn.',
      nicknameTooLong: 'Tên quá dài: tối đa 16 chữ.',
      nicknameInvalid: 'Tên có ký tự không dùng được.',
      nicknameTaken: 'Đã có người dùng tên này. Hãy thêm chữ khác, ví dụ: Lan 2.',
      nicknameRude: 'Tên này không phù hợp. Hãy chọn tên khác.',
      locked: 'Phòng đã khóa: không nhận thêm người.',
      full: 'Phòng đã đủ người.',
      unknownToken: 'Không tìm thấy lượt chơi cũ. Hãy nhập tên để vào lại.',
      kicked: 'Bạn đã được mời ra khỏi phòng.',
      rateLimited: 'Thử lại sau vài giây nhé.',
      matchOver: 'Trận đấu đã kết thúc.'
    },
    card: {
      sms: 'Tin nhắn', call: 'Cuộc gọi đến', web: 'Trình duyệt', qr: 'Quét mã QR để trả tiền',
      bank: 'Ngân hàng', account: 'Số tài khoản', holder: 'Chủ tài khoản', amount: 'Số tiền',
      message: 'Nội dung', shop: 'Bạn nghĩ đang trả cho', payerTypes: '(người trả tự nhập)',
      badQr: 'Mã QR này không hợp lệ.', unknownBank: 'Ngân hàng lạ'
    }
  },
  en: {
    otherLanguage: 'Tiếng Việt',
    appName: 'Đố Vui Số',
    pinLabel: 'Game PIN',
    enterPin: 'Enter the game PIN (6 digits)',
    nicknameLabel: 'Your name',
    nicknamePlaceholder: 'For example: Mrs Nam',
    join: 'Join',
    joinHint: 'Just type your name and tap “Join”.',
    joining: 'Joining…',
    rejoining: 'Coming back in…',
    welcomeHello: 'Hello, {name}!',
    waitStart: 'You are in. Wait for the facilitator to start.',
    playersIn: 'players in',
    locked: 'The room is locked: no new players.',
    questionOf: 'Question {n}/{total}',
    doublePoints: 'Points ×2',
    noPoints: 'No points',
    seconds: '{s} s',
    chooseOne: 'Tap one answer',
    chooseMany: 'Pick every right answer, then tap Send',
    chooseOrder: 'Tap the steps in the right order',
    pollHint: 'No wrong answer: pick what you think',
    send: 'Send answer',
    sendCount: 'Send answer ({n} chosen)',
    sendOrder: 'Send order',
    reset: 'Start again',
    sent: 'Sent!',
    sentWait: 'Waiting for everyone…',
    yourChoice: 'You chose:',
    late: 'Time was up: the answer came too late.',
    refused: 'The answer was not accepted.',
    timeUp: 'Time is up!',
    right: 'Right!',
    wrong: 'Not quite',
    noAnswer: 'No answer in time',
    voided: 'This question was skipped',
    pollThanks: 'Thank you for your opinion!',
    points: '+{p} points',
    streak: '{n} right in a row!',
    score: 'Score',
    rank: 'Rank',
    rightAnswer: 'Right answer:',
    rightOrder: 'Right order:',
    why: 'Why?',
    eliminated: 'You are out, but you can keep watching.',
    revived: 'The facilitator brought everyone back!',
    leaderboard: 'Leaderboard',
    you: 'You',
    teams: 'Teams',
    lookUp: 'Look at the big screen.',
    paused: 'Paused',
    pausedText: 'The facilitator is explaining. Please wait.',
    finished: 'Finished!',
    finalRank: 'You placed {rank} of {count}',
    rightAnswers: 'Right answers',
    thanks: 'Thank you for playing!',
    kicked: 'You were removed from the room.',
    reconnecting: 'Connection lost. Reconnecting…',
    reconnected: 'Connected again!',
    wrongVersion: 'This page is out of date. Reload it.',
    reload: 'Reload page',
    serverError: 'Error: {why}',
    matchOverText: 'The match is over.',
    refusal: {
      wrongPin: 'Wrong PIN. Ask the facilitator or scan the QR code again.',
      wrongVersion: 'This page is out of date. Reload it.',
      nicknameEmpty: 'Please type your name.',
      nicknameTooLong: 'That name is too long: 16 letters at most.',
      nicknameInvalid: 'That name has characters we cannot use.',
      nicknameTaken: 'Someone already has that name. Add something, e.g. Lan 2.',
      nicknameRude: 'That name is not suitable. Please choose another.',
      locked: 'The room is locked: no new players.',
      full: 'The room is full.',
      unknownToken: 'Your earlier game was not found. Type your name to join again.',
      kicked: 'You were removed from the room.',
      rateLimited: 'Try again in a few seconds.',
      matchOver: 'The match is over.'
    },
    card: {
      sms: 'Message', call: 'Incoming call', web: 'Browser', qr: 'Scan the QR code to pay',
      bank: 'Bank', account: 'Account', holder: 'Account holder', amount: 'Amount',
      message: 'Message', shop: 'You think you are paying', payerTypes: '(the payer types it)',
      badQr: 'This QR code is not valid.', unknownBank: 'Unknown bank'
    }
  }
};

DoVui.lang = (function () {
  try { return localStorage.getItem('dovui.lang') === 'en' ? 'en' : 'vi'; } catch (e) { return 'vi'; }
})();

/** The string for `key` ("refusal.wrongPin"), with {name} placeholders filled from `vars`. */
DoVui.t = function (key, vars) {
  let value = key.split('.').reduce(function (node, part) {
    return node && node[part] !== undefined ? node[part] : undefined;
  }, DoVui.strings[DoVui.lang]);
  if (typeof value !== 'string') value = key;
  return value.replace(/\{(\w+)\}/g, function (all, name) {
    return vars && vars[name] !== undefined ? String(vars[name]) : all;
  });
};

DoVui.setLang = function (lang) {
  DoVui.lang = lang === 'en' ? 'en' : 'vi';
  document.documentElement.lang = DoVui.lang;
  try { localStorage.setItem('dovui.lang', DoVui.lang); } catch (e) { /* private mode */ }
};
