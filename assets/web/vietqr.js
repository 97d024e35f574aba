// VietQR (EMVCo merchant-presented TLV) decoding for the qr_payment card: what a banking
// app shows after scanning. The bank names come from the server's table (/banks.json).
'use strict';

DoVui.banks = {};
(function loadBanks() {
  try {
    const inline = document.getElementById('homeBanks');  // the page taken home has them inline
    if (inline) {
      try { DoVui.banks = JSON.parse(inline.textContent) || {}; } catch (e) { DoVui.banks = {}; }
      return;
    }
    fetch('banks.json').then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (banks) { DoVui.banks = banks || {}; }).catch(function () {});
  } catch (e) { /* very old browser: bank names stay unknown */ }
})();

/** Parses "IDLLvalue..." into {id: value}; null when a length runs past the end. */
DoVui.parseTlv = function (text) {
  const out = {};
  let at = 0;
  while (at < text.length) {
    if (at + 4 > text.length) return null;
    const id = text.substr(at, 2);
    const len = parseInt(text.substr(at + 2, 2), 10);
    if (!/^\d\d$/.test(id) || !/^\d\d$/.test(text.substr(at + 2, 2)) || at + 4 + len > text.length) return null;
    out[id] = text.substr(at + 4, len);
    at += 4 + len;
  }
  return out;
};

/** CRC-16/CCITT-FALSE over the payload up to and including "6304", as 4 upper-case hex digits. */
DoVui.crc16 = function (text) {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= (text.charCodeAt(i) & 0xff) << 8;
    for (let b = 0; b < 8; b++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return ('0000' + crc.toString(16).toUpperCase()).slice(-4);
};

/**
 * {ok, bin, bankName, account, amount, message, crcOk}; ok false when the payload is not a
 * VietQR transfer at all.
 */
DoVui.decodeVietQr = function (payload) {
  const top = DoVui.parseTlv(payload || '');
  if (!top || !top['38']) return { ok: false };
  const merchant = DoVui.parseTlv(top['38']);
  const beneficiary = merchant && merchant['01'] ? DoVui.parseTlv(merchant['01']) : null;
  if (!beneficiary) return { ok: false };
  const extra = top['62'] ? DoVui.parseTlv(top['62']) : null;
  const crcAt = payload.lastIndexOf('6304');
  const crcOk = crcAt >= 0 && crcAt + 8 === payload.length &&
    DoVui.crc16(payload.substr(0, crcAt + 4)) === payload.substr(crcAt + 4, 4).toUpperCase();
  const bin = beneficiary['00'] || '';
  return {
    ok: true,
    bin: bin,
    bankName: DoVui.banks[bin] || '',
    account: beneficiary['01'] || '',
    amount: top['54'] ? Number(top['54']) : null,
    message: extra && extra['08'] ? extra['08'] : '',
    crcOk: crcOk
  };
};
