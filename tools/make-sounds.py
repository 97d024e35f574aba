#!/usr/bin/env python3
"""Synthesises the host's sounds into assets/sounds/ (16-bit mono WAV, 22050 Hz).

The project makes its own sounds, so there is no licence to track: run this script and
commit the WAVs it writes. Standard library only (wave, math, struct).

    tools/make-sounds.py [--out assets/sounds]
"""
import argparse
import math
import os
import struct
import wave

RATE = 22050


def note_hz(name):
    """'A4' -> 440.0; sharps as 'C#5'."""
    names = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}
    semis = names[name[0]]
    rest = name[1:]
    if rest.startswith("#"):
        semis += 1
        rest = rest[1:]
    octave = int(rest)
    return 440.0 * 2 ** ((semis + 12 * (octave - 4)) / 12)


def tone(hz, seconds, volume=0.5, attack=0.01, decay=None, harmonics=(1.0, 0.35, 0.15)):
    """A soft tone: a few harmonics, short attack, exponential (or linear) release."""
    count = int(seconds * RATE)
    out = []
    for i in range(count):
        t = i / RATE
        env = min(1.0, t / attack) if attack > 0 else 1.0
        if decay:
            env *= math.exp(-t / decay)
        else:
            env *= max(0.0, 1.0 - t / seconds)
        sample = sum(a * math.sin(2 * math.pi * hz * (k + 1) * t) for k, a in enumerate(harmonics))
        out.append(volume * env * sample / sum(harmonics))
    return out


def mix(into, samples, at_seconds):
    start = int(at_seconds * RATE)
    if len(into) < start + len(samples):
        into.extend([0.0] * (start + len(samples) - len(into)))
    for i, s in enumerate(samples):
        into[start + i] += s


def write(path, samples):
    peak = max(1e-9, max(abs(s) for s in samples))
    scale = min(1.0, 0.89 / peak)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * scale * 32767)) for s in samples))


def lobby_music():
    """Eight bars of a calm I-V-vi-IV arpeggio at 100 bpm that loops without a seam."""
    beat = 60 / 100
    chords = [["C4", "E4", "G4", "C5"], ["G3", "D4", "G4", "B4"],
              ["A3", "E4", "A4", "C5"], ["F3", "C4", "F4", "A4"]]
    bass = ["C3", "G2", "A2", "F2"]
    total = beat * 4 * len(chords) * 2
    out = [0.0] * int(total * RATE)
    for rep in range(2):
        for c, chord in enumerate(chords):
            bar = (rep * len(chords) + c) * beat * 4
            mix(out, tone(note_hz(bass[c]), beat * 3.8, 0.35, 0.02, decay=1.2), bar)
            pattern = [0, 1, 2, 3, 2, 1, 2, 3]
            for step, index in enumerate(pattern):
                mix(out, tone(note_hz(chord[index]), beat * 0.9, 0.22, 0.005, decay=0.35),
                    bar + step * beat / 2)
    return out[: int(total * RATE)]


def tick():
    return tone(1600, 0.06, 0.6, 0.001, decay=0.012, harmonics=(1.0, 0.2))


def join():
    out = []
    mix(out, tone(note_hz("E5"), 0.09, 0.4, 0.003, decay=0.05), 0)
    mix(out, tone(note_hz("A5"), 0.14, 0.4, 0.003, decay=0.07), 0.07)
    return out


def reveal():
    out = []
    for i, n in enumerate(["C5", "E5", "G5"]):
        mix(out, tone(note_hz(n), 0.25, 0.35, 0.005, decay=0.15), i * 0.08)
    for n in ["C5", "E5", "G5", "C6"]:
        mix(out, tone(note_hz(n), 0.9, 0.25, 0.01, decay=0.4), 0.26)
    return out


def podium():
    out = []
    fanfare = [("G4", 0.0), ("G4", 0.16), ("G4", 0.32), ("C5", 0.5), ("E5", 0.9), ("G5", 1.1)]
    for n, at in fanfare:
        mix(out, tone(note_hz(n), 0.35, 0.35, 0.01, decay=0.25, harmonics=(1.0, 0.5, 0.3, 0.2)), at)
    for n in ["C4", "G4", "C5", "E5", "G5"]:
        mix(out, tone(note_hz(n), 1.8, 0.22, 0.03, decay=0.9, harmonics=(1.0, 0.5, 0.3, 0.2)), 1.3)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "assets", "sounds"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, make in [("lobby-music", lobby_music), ("tick", tick), ("join", join),
                       ("reveal", reveal), ("podium", podium)]:
        path = os.path.join(args.out, name + ".wav")
        write(path, make())
        print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    main()
