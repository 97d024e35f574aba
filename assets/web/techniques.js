// The eight manipulation techniques a question teaches (issue 13), as the core names them
// (game/core/src/technique.cpp). One source of truth: the core writes tests/golden/techniques.json
// from core::techniqueTable() and tests/web/techniques.test.mjs checks this table against it.
// No DOM here: node runs this file in that test.
'use strict';
(function (root) {
  const DoVui = root.DoVui = root.DoVui || {};
  DoVui.TECHNIQUES = [
    { id: 'impersonation', nameVi: 'Giả danh cơ quan, ngân hàng, người quen',
      nameEn: 'Impersonating an agency, a bank or someone you know',
      describeVi: 'Kẻ gian xưng là công an, ngân hàng, điện lực hay người thân để bác tin.',
      describeEn: 'The scammer claims to be the police, a bank, the power company or family so you trust them.' },
    { id: 'urgency', nameVi: 'Đe dọa, hối thúc', nameEn: 'Threat and hurry',
      describeVi: 'Dọa khóa tài khoản, dọa bắt, đòi làm ngay để bác không kịp hỏi ai.',
      describeEn: 'Threats of a blocked account or arrest, and a deadline, so you act before you ask anyone.' },
    { id: 'secrecy', nameVi: 'Bắt giữ bí mật', nameEn: '"Keep it secret"',
      describeVi: 'Dặn không được kể với ai, kể cả con cháu, để không ai can bác.',
      describeEn: 'You are told to tell no one, not even family, so nobody can stop you.' },
    { id: 'bait', nameVi: 'Mồi nhử: quà, trúng thưởng, lãi cao', nameEn: 'The bait: a prize, a gift, easy money',
      describeVi: 'Hứa quà, trúng thưởng, việc nhẹ lương cao hay lãi cao để bác ham.',
      describeEn: 'A prize, a gift, easy work or high returns to make you want it.' },
    { id: 'app-switch', nameVi: 'Kéo sang ứng dụng, kênh khác', nameEn: 'Moving you to another app',
      describeVi: 'Bảo kết bạn Zalo, nhắn riêng hay sang ứng dụng khác, nơi không ai kiểm soát.',
      describeEn: 'You are moved to a private chat or another app where nobody checks them.' },
    { id: 'link-app', nameVi: 'Đường link lạ, ứng dụng lạ', nameEn: 'A strange link or app',
      describeVi: 'Gửi đường link lạ hay tệp cài ứng dụng để lấy tiền và điều khiển máy.',
      describeEn: 'A strange link or an app file that steals money or takes over the phone.' },
    { id: 'otp-password', nameVi: 'Hỏi mã OTP, mật khẩu', nameEn: 'Asking for an OTP or password',
      describeVi: 'Xin mã OTP, mật khẩu, mã PIN: ai có mã là lấy được tiền của bác.',
      describeEn: 'They ask for the OTP, a password or a PIN: whoever has the code can take your money.' },
    { id: 'transfer', nameVi: 'Bảo chuyển tiền, nộp phí "để xác minh"', nameEn: '"Transfer to verify", a fee first',
      describeVi: 'Bảo chuyển tiền để xác minh, nộp phí, đặt cọc trước: tiền đi là mất.',
      describeEn: 'Transfer money to be checked, a fee or a deposit first: money sent is gone.' }
  ];

  /** The entry for a pack-file id, or null for an id this page does not know. */
  DoVui.technique = function (id) {
    for (let i = 0; i < DoVui.TECHNIQUES.length; i++) if (DoVui.TECHNIQUES[i].id === id) return DoVui.TECHNIQUES[i];
    return null;
  };
  /** "Giả danh …; Đe dọa, hối thúc" in the page's language; unknown ids are left out. */
  DoVui.techniqueNames = function (ids, lang) {
    return (ids || []).map(DoVui.technique).filter(Boolean).map(function (info) {
      return lang === 'en' ? info.nameEn : info.nameVi;
    });
  };
})(typeof window !== 'undefined' ? window : globalThis);
