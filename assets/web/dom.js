// Small DOM helpers. Text always goes in through textContent: nothing from the network is
// ever parsed as HTML.
'use strict';

/** el('div', 'cls', 'text', [children]) */
DoVui.el = function (tag, className, text, children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  (children || []).forEach(function (child) { if (child) node.appendChild(child); });
  return node;
};

DoVui.svg = function (tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  return node;
};

/** The shape of option `i`: red triangle, blue diamond, yellow circle, green square, purple star. */
DoVui.shape = function (i) {
  const s = DoVui.svg('svg', { viewBox: '0 0 40 40', 'aria-hidden': 'true' });
  const fill = { fill: i === 2 ? '#14171f' : '#ffffff' };
  let shape;
  if (i === 0) shape = DoVui.svg('polygon', Object.assign({ points: '20,4 37,35 3,35' }, fill));
  else if (i === 1) shape = DoVui.svg('polygon', Object.assign({ points: '20,2 38,20 20,38 2,20' }, fill));
  else if (i === 2) shape = DoVui.svg('circle', Object.assign({ cx: 20, cy: 20, r: 17 }, fill));
  else if (i === 3) shape = DoVui.svg('rect', Object.assign({ x: 4, y: 4, width: 32, height: 32 }, fill));
  else shape = DoVui.svg('polygon', Object.assign({ points: '20,2 25,15 39,15 28,24 32,38 20,30 8,38 12,24 1,15 15,15' }, fill));
  s.appendChild(shape);
  return s;
};

/** The shape's name, read aloud by screen readers. */
DoVui.shapeName = function (i) {
  const vi = ['Tam giác đỏ', 'Hình thoi xanh', 'Hình tròn vàng', 'Hình vuông xanh lá', 'Ngôi sao tím'];
  const en = ['Red triangle', 'Blue diamond', 'Yellow circle', 'Green square', 'Purple star'];
  return (DoVui.lang === 'en' ? en : vi)[i] || String(i + 1);
};

/** 1.916 in Vietnamese, 1,916 in English. */
DoVui.formatNumber = function (n) {
  const separator = DoVui.lang === 'en' ? ',' : '.';
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
};

DoVui.vibrate = function (pattern) {
  try { if (navigator.vibrate) navigator.vibrate(pattern); } catch (e) { /* not supported */ }
};
