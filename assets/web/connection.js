// The WebSocket to the host: JSON messages of the protocol table, and coming back by itself
// after a Wi-Fi blip or a locked screen (the stored token goes in a RejoinMsg).
'use strict';

DoVui.PROTOCOL_VERSION = 3;
/** The server's nickname rule (game/core nickname.hpp): 24 visible characters. */
DoVui.NICKNAME_MAX = 24;
/** The text box's own cap: room for 24 characters typed with combining accents. */
DoVui.NICKNAME_MAX_INPUT = 72;

/** Close codes are 4000 + the server's CloseReason (server/web_transport.hpp). */
DoVui.CLOSE = { replaced: 4000, wrongVersion: 4001, kicked: 4002, misbehaving: 4003, serverFull: 4004,
  joinTimeout: 4005, matchOver: 4006, leaving: 4007, shuttingDown: 4008 };

/** The page's own liveness check: browsers hide the server's WebSocket pings from the page, so a
 *  link that died without a close (the router restarted, the hotspot dropped) would wait for
 *  TCP's retries, half a minute or more. A ping every 3 s; unanswered over two checks and 5 s of
 *  waking time, the socket is given up and a new one tried (the seat waits on the server).
 *  A connect that hangs (its SYN lost in the outage) is started afresh after 5 s, so the page
 *  is back within seconds of the link's return, not after TCP's backed-off SYN retries. */
DoVui.LIVENESS = { intervalMs: 3000, giveUpMs: 5000, connectMs: 5000 };

DoVui.Connection = function (handlers) {
  this.handlers = handlers;  // onOpen(), onMessage(msg), onLost(), onFinal(code)
  this.socket = null;
  this.wanted = false;       // keep a connection up (false after a final close)
  this.retries = 0;
  this.retryTimer = null;
  this.liveTimer = null;
  this.connectTimer = null;
  this.pingSeq = 0;
  this.pingSentAt = 0;       // 0: no ping waiting for its pong
  this.pingChecks = 0;       // checks made while that ping waited
  const self = this;
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') self.reconnectNow();
  });
  window.addEventListener('online', function () { self.reconnectNow(); });
  window.addEventListener('pageshow', function () { self.reconnectNow(); });
};

DoVui.Connection.prototype.open = function () {
  this.wanted = true;
  if (this.socket && (this.socket.readyState === 0 || this.socket.readyState === 1)) return;
  clearTimeout(this.retryTimer);
  const self = this;
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  let socket;
  try {
    socket = new WebSocket(scheme + location.host + '/ws');
  } catch (e) {
    return this.scheduleRetry();
  }
  this.socket = socket;
  clearTimeout(this.connectTimer);
  this.connectTimer = setTimeout(function () {
    if (self.socket !== socket || socket.readyState !== 0) return;
    DoVui.abandonSocket(socket);
    self.socket = null;
    if (self.wanted) self.open();
  }, DoVui.LIVENESS.connectMs);
  socket.onopen = function () {
    clearTimeout(self.connectTimer);
    self.retries = 0;
    self.startLiveness(socket);
    self.handlers.onOpen();
  };
  socket.onmessage = function (event) {
    self.pingSentAt = 0;  // anything heard proves the link
    let msg;
    try { msg = JSON.parse(event.data); } catch (e) { return; }
    if (msg && msg.type === 'pong') return;
    if (msg && typeof msg.type === 'string') self.handlers.onMessage(msg);
  };
  socket.onclose = function (event) {
    if (self.socket !== socket) return;
    self.socket = null;
    clearInterval(self.liveTimer);
    clearTimeout(self.connectTimer);
    // Final: no retry. "replaced" means the same player came back on another tab or phone:
    // retrying here would take the player back from it, and back again, forever.
    const final = event.code === DoVui.CLOSE.kicked || event.code === DoVui.CLOSE.leaving ||
      event.code === DoVui.CLOSE.wrongVersion || event.code === DoVui.CLOSE.replaced ||
      event.code === DoVui.CLOSE.matchOver || event.code === DoVui.CLOSE.shuttingDown;
    if (final) {
      self.wanted = false;
      self.handlers.onFinal(event.code);
      return;
    }
    self.handlers.onLost(event.code);
    if (self.wanted) self.scheduleRetry();
  };
  socket.onerror = function () { /* onclose follows */ };
};

/** Pings `socket` while it is the open one; gives it up when its pong does not come. Two checks
 *  and 5 s, not the wall time alone: a phone that slept with the page frozen must not drop a
 *  good socket just because its ping waited through the sleep. */
DoVui.Connection.prototype.startLiveness = function (socket) {
  const self = this;
  clearInterval(this.liveTimer);
  this.pingSentAt = 0;
  this.liveTimer = setInterval(function () {
    if (self.socket !== socket || socket.readyState !== 1) return;
    if (!self.pingSentAt) {
      self.pingSentAt = Date.now();
      self.pingChecks = 0;
      socket.send(JSON.stringify({ type: 'ping', seq: ++self.pingSeq }));
      return;
    }
    self.pingChecks++;
    if (self.pingChecks >= 2 && Date.now() - self.pingSentAt >= DoVui.LIVENESS.giveUpMs) self.giveUp(socket);
  }, DoVui.LIVENESS.intervalMs);
};

/** Drops a socket without waiting for its close (a dead link never delivers one). */
DoVui.abandonSocket = function (socket) {
  socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
  try { socket.close(); } catch (e) { /* never opened, or already closing */ }
};

/** A silent socket is given up and a new one opened. */
DoVui.Connection.prototype.giveUp = function (socket) {
  clearInterval(this.liveTimer);
  DoVui.abandonSocket(socket);
  if (this.socket !== socket) return;
  this.socket = null;
  this.handlers.onLost(0);
  if (this.wanted) {
    this.retries = 0;
    this.open();
  }
};

DoVui.Connection.prototype.scheduleRetry = function () {
  const delays = [500, 1000, 2000, 3000, 5000];
  const delay = delays[Math.min(this.retries, delays.length - 1)];
  this.retries++;
  const self = this;
  clearTimeout(this.retryTimer);
  this.retryTimer = setTimeout(function () { if (self.wanted) self.open(); }, delay);
};

/** After the screen wakes or Wi-Fi returns: do not wait for the back-off. */
DoVui.Connection.prototype.reconnectNow = function () {
  if (!this.wanted) return;
  if (this.socket && this.socket.readyState === 1) return;
  if (this.socket && this.socket.readyState === 0) return;
  this.retries = 0;
  this.open();
};

DoVui.Connection.prototype.stop = function () {
  this.wanted = false;
  clearTimeout(this.retryTimer);
  clearInterval(this.liveTimer);
  clearTimeout(this.connectTimer);
  if (this.socket) this.socket.close(1000);
  this.socket = null;
};

DoVui.Connection.prototype.isOpen = function () {
  return !!this.socket && this.socket.readyState === 1;
};

DoVui.Connection.prototype.send = function (msg) {
  if (!this.isOpen()) return false;
  this.socket.send(JSON.stringify(msg));
  return true;
};
