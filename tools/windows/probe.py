#!/usr/bin/env python3
"""Sends the LAN discovery probe (game/net/src/discovery.cpp: "DOVUI?1") to 127.0.0.1:<port>
and checks the answer: "DOVUI!1", protocol version, game port, web port, players, joinable and
the match name. Loopback only. Usage: probe.py <info-port> <game-port> <name>"""
import socket
import struct
import sys
import time


def main() -> int:
    info_port, game_port, name = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(0.5)
    deadline = time.time() + 20
    while time.time() < deadline:
        s.sendto(b"DOVUI?1", ("127.0.0.1", info_port))
        try:
            data, _ = s.recvfrom(512)
        except socket.timeout:
            continue
        if not data.startswith(b"DOVUI!1"):
            continue
        version, gport, wport, players = struct.unpack_from("<HHHI", data, 7)
        joinable, n = data[17], data[18]
        got = data[19:19 + n].decode("utf-8")
        print(f"reply: protocol {version}, game port {gport}, web port {wport}, "
              f"{players} players, joinable {joinable}, name {got!r}")
        ok = gport == game_port and got == name and joinable == 1
        print("OK" if ok else "FAIL")
        return 0 if ok else 1
    print("FAIL: no reply")
    return 1


if __name__ == "__main__":
    sys.exit(main())
