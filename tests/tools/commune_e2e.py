#!/usr/bin/env python3
"""The commune-wide summary end to end (issue 17): three real server + bots matches on three
laptops' results files (two sites, "Nhà văn hóa thôn 3" held on two different laptops and
"Nhà văn hóa thôn Đông"), merged by `dovui-report summary`:

  * one file given twice and copied under another name into the --stores folder: every match
    counted once, and sessions, learners (by name per site), answers and accuracy per topic and
    per technique equal an independent SQL query over the three files;
  * the two laptops with one site name are kept apart ("… (2)") and the page says so;
  * a file from a newer version, a damaged one, a non-SQLite one and an empty one are each named
    with their reason, the others still counted, the exit code 0; only bad files: exit code 1;
    no input file changes by a byte;
  * a file in the old layout (no match uid, no store_info, user_version 0) is read from a copy in
    memory, the file untouched; once the server has migrated it, the old copy and the migrated
    file merge to one match (the derived uid is the same on both sides);
  * `dovui-report export`: the file named ket-qua-<site>-<date>.sqlite, a second export of the
    same laptop replaces it, the other laptop of the same name gets "-2"; merging the exports
    (folder and files, twice) gives the same figures as the laptops' own files.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report_e2e import check, fail, parse_html, read_csv, wait_for  # noqa: E402

SITE_A = "Nhà văn hóa thôn 3"
SITE_B = "Nhà văn hóa thôn Đông"


def play(args, data_dir, name, seed, players):
    pack = os.path.join(args.assets, "packs", "vi", "buoi-hoc-dau-tien.json")
    os.makedirs(data_dir, exist_ok=True)
    out_path = os.path.join(data_dir, "server.out")
    with open(out_path, "w") as out:
        server = subprocess.Popen(
            [args.server, "--data-dir", data_dir, "--pin", "135790", "--port", str(args.port),
             "--info-port", str(args.port + 1), "--pack", pack, "--auto-start", str(players),
             "--auto-advance-ms", "120", "--questions", str(args.questions), "--name", name,
             "--no-web"], stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for(out_path, r"READY", 10)
            subprocess.run([args.bots, "--port", str(args.port), "--pin", "135790", "--players",
                            str(players), "--pack", pack, "--think-ms", "100..900",
                            "--accuracy", "0.65", "--seed", str(seed), "--name-prefix",
                            "Bà Năm", "--timeout", "90"], check=True, capture_output=True,
                           timeout=120)
            wait_for(out_path, r"PODIUM", 30)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    return os.path.join(data_dir, "results.sqlite")


def migrate_with_server(args, data_dir):
    """The real server opens (and so migrates) the results file in `data_dir`, then stops."""
    pack = os.path.join(args.assets, "packs", "vi", "buoi-hoc-dau-tien.json")
    out_path = os.path.join(data_dir, "server.out")
    with open(out_path, "w") as out:
        server = subprocess.Popen(
            [args.server, "--data-dir", data_dir, "--pin", "135790", "--port", str(args.port),
             "--info-port", str(args.port + 1), "--pack", pack, "--no-web"],
            stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for(out_path, r"READY", 10)
        finally:
            server.terminate()
            server.wait(timeout=10)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


GRADED = """FROM answers a JOIN questions q ON q.match_id = a.match_id AND q.q_index = a.q_index
            JOIN matches m ON m.id = a.match_id
            WHERE q.kind != 'poll' AND q.voided = 0"""


def expected_figures(stores):
    """Independent SQL over each distinct laptop's file: per site and overall."""
    sites, topics, techniques = {}, {}, {}
    for path in stores:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        site_uid = db.execute("SELECT site_uid FROM store_info").fetchone()[0]
        for (name,) in db.execute("SELECT DISTINCT name FROM matches m WHERE EXISTS "
                                  "(SELECT 1 FROM players p WHERE p.match_id = m.id)"):
            sessions, = db.execute("SELECT COUNT(*) FROM matches m WHERE name=? AND EXISTS "
                                   "(SELECT 1 FROM players p WHERE p.match_id = m.id)",
                                   (name,)).fetchone()
            learners, = db.execute("SELECT COUNT(DISTINCT lower(p.nickname)) FROM players p "
                                   "JOIN matches m ON m.id = p.match_id WHERE m.name=?",
                                   (name,)).fetchone()
            answers, = db.execute("SELECT COUNT(*) FROM answers a JOIN matches m ON "
                                  "m.id = a.match_id WHERE m.name=?", (name,)).fetchone()
            graded, right = db.execute(f"SELECT COUNT(*), COALESCE(SUM(a.correct), 0) {GRADED} "
                                       "AND m.name=?", (name,)).fetchone()
            sites[(name, site_uid)] = (sessions, learners, answers, graded, right)
        for topic, n, r in db.execute(
                "SELECT (SELECT json_extract(t.value, '$.name') FROM "
                "json_each(json_extract(m.pack_json, '$.topics')) t "
                "WHERE json_extract(t.value, '$.id') = qt.value), COUNT(*), "
                f"COALESCE(SUM(a.correct), 0) {GRADED.replace('WHERE', ', json_each(q.topics) qt WHERE')} "
                "GROUP BY 1"):
            old = topics.get(topic, (0, 0))
            topics[topic] = (old[0] + n, old[1] + r)
        for tech, n, r in db.execute(
                "SELECT CASE WHEN q.techniques = '' THEN '(none)' ELSE j.value END, COUNT(*), "
                "COALESCE(SUM(a.correct), 0) FROM answers a JOIN questions q ON "
                "q.match_id = a.match_id AND q.q_index = a.q_index JOIN json_each("
                "CASE WHEN q.techniques = '' THEN '[\"\"]' ELSE "
                "'[\"' || replace(q.techniques, ',', '\",\"') || '\"]' END) j "
                "WHERE q.kind != 'poll' AND q.voided = 0 GROUP BY 1"):
            old = techniques.get(tech, (0, 0))
            techniques[tech] = (old[0] + n, old[1] + r)
        db.close()
    return sites, topics, techniques


def run_summary(args, out, stores=(), folders=(), extra=()):
    cmd = [args.report, "summary", "-o", out]
    for s in stores:
        cmd += ["--store", s]
    for f in folders:
        cmd += ["--stores", f]
    return subprocess.run(cmd + list(extra), capture_output=True, text=True)


def summed(rows, key_col, n_col, r_col):
    out = {}
    for r in rows[1:]:
        old = out.get(r[key_col], (0, 0))
        out[r[key_col]] = (old[0] + int(r[n_col]), old[1] + int(r[r_col]))
    return out


def check_summary(out, sites, topics, techniques, label):
    """The summary in `out` shows exactly the expected figures."""
    page = parse_html(os.path.join(out, "summary.html"))
    kpis = page.by_class.get("kpi", [])
    sessions = sum(v[0] for v in sites.values())
    learners = sum(v[1] for v in sites.values())
    answers = sum(v[2] for v in sites.values())
    graded = sum(v[3] for v in sites.values())
    right = sum(v[4] for v in sites.values())
    check(kpis[0].startswith(f"{sessions}trận"), f"{label}: sessions KPI {kpis[0]!r} vs {sessions}")
    check(kpis[1].startswith(f"{learners}người học"), f"{label}: learners {kpis[1]!r} vs {learners}")
    check(kpis[2].startswith(f"{answers}câu"), f"{label}: answers KPI {kpis[2]!r} vs {answers}")
    check(kpis[3].startswith(f"{int(right * 100 / graded + 0.5)}%"), f"{label}: {kpis[3]!r}")
    check(kpis[4].startswith(f"{len(sites)}địa điểm"), f"{label}: sites KPI {kpis[4]!r}")
    rows = read_csv(os.path.join(out, "summary-sites.csv"))
    got = {(r[0], r[1]): tuple(int(x) for x in r[2:5]) for r in rows[1:]}
    # By the file's site id; a file of the old layout has a derived one: then by its name.
    want = {uid: (name, v) for (name, uid), v in sites.items()}
    by_name = {name: (name, v) for (name, uid), v in sites.items()}
    names_seen = {}
    check(len(got) == len(sites), f"{label}: {len(got)} site rows vs {len(sites)}")
    for (site_label, uid), (s_, l_, a_) in got.items():
        name, v = want.get(uid) or by_name[re.sub(r" \(\d\)$", "", site_label)]
        check(site_label == name or re.fullmatch(re.escape(name) + r" \(\d\)", site_label),
              f"{label}: site label {site_label!r} for {name!r}")
        check((s_, l_, a_) == v[:3], f"{label}: {site_label}: {(s_, l_, a_)} vs {v[:3]}")
        names_seen.setdefault(name, []).append(site_label)
    for name, labels in names_seen.items():
        if len(labels) > 1:
            check(sorted(labels) == [name] + [f"{name} ({i})" for i in range(2, len(labels) + 1)],
                  f"{label}: same-name sites {labels}")
            check(any("trùng tên" in t for t in page.by_class.get("note", [])),
                  f"{label}: the page says same-name sites are kept apart")
    got_topics = summed(read_csv(os.path.join(out, "summary-topics.csv")), 0, 2, 3)
    check(got_topics == topics, f"{label}: topics {got_topics} vs SQL {topics}")
    got_tech = summed(read_csv(os.path.join(out, "summary-techniques.csv")), 0, 3, 4)
    check(got_tech == techniques, f"{label}: techniques {got_tech} vs SQL {techniques}")
    check(any("ước tính" in t for t in page.by_class.get("note", [])),
          f"{label}: the page says the learner count is approximate")
    return page


def main():
    ap = argparse.ArgumentParser()
    for name in ("--server", "--bots", "--report", "--assets"):
        ap.add_argument(name, required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--questions", type=int, default=5)
    ap.add_argument("--keep", help="copy the merged summary folder here (to look at it)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dovui-commune-") as tmp:
        a1 = play(args, os.path.join(tmp, "laptop-a1"), SITE_A, 21, 6)
        b = play(args, os.path.join(tmp, "laptop-b"), SITE_B, 22, 5)
        a2 = play(args, os.path.join(tmp, "laptop-a2"), SITE_A, 23, 4)
        for path in (a1, b, a2):
            db = sqlite3.connect(path)
            check(db.execute("PRAGMA user_version").fetchone()[0] == 1, f"{path}: user_version")
            uid, = db.execute("SELECT uid FROM matches m WHERE EXISTS (SELECT 1 FROM players p "
                              "WHERE p.match_id = m.id)").fetchone()
            check(re.fullmatch(r"[0-9a-f]{32}", uid or ""), f"match uid {uid!r}")
            db.close()
        sites, topics, techniques = expected_figures([a1, b, a2])
        check(len(sites) == 3 and len({n for n, _ in sites}) == 2, f"sites {list(sites)}")

        # A folder as the organiser gets it: a copy of laptop a1's file under another name,
        # laptop b's file, and bad files of every kind.
        inbox = os.path.join(tmp, "inbox")
        os.makedirs(inbox)
        shutil.copy(a1, os.path.join(inbox, "thon3-copy.sqlite"))
        shutil.copy(b, os.path.join(inbox, "thon-dong.sqlite"))
        newer = os.path.join(inbox, "newer.sqlite")
        shutil.copy(b, newer)
        db = sqlite3.connect(newer)
        db.execute("PRAGMA user_version=7")
        db.commit()
        db.close()
        corrupt = os.path.join(inbox, "corrupt.sqlite")
        shutil.copy(b, corrupt)
        size = os.path.getsize(corrupt)
        with open(corrupt, "r+b") as f:  # page 2 onwards overwritten: b-tree pages are garbage
            f.seek(4096)
            f.write(bytes((i * 37) % 251 for i in range(min(size - 4096, 3 * 4096))))
        notsqlite = os.path.join(inbox, "ghi-chu.sqlite")
        with open(notsqlite, "w") as f:
            f.write("Đây là ghi chú, không phải tệp kết quả.\n" * 40)
        empty = os.path.join(inbox, "rong.sqlite")
        open(empty, "w").close()
        inputs = [a1, b, a2] + glob.glob(os.path.join(inbox, "*.sqlite"))
        before = {p: digest(p) for p in inputs}

        out = os.path.join(tmp, "summary")
        r = run_summary(args, out, stores=[a1, a1, a2], folders=[inbox])
        print(r.stdout, r.stderr)
        check(r.returncode == 0, f"exit code {r.returncode} with good files among the bad")
        page = check_summary(out, sites, topics, techniques, "merged")
        reasons = {newer: "tệp kết quả từ phiên bản mới hơn (7): cập nhật Đố Vui Số",
                   corrupt: "tệp bị hỏng", notsqlite: "không phải tệp SQLite",
                   empty: "tệp rỗng"}
        shown = " ".join(page.by_class.get("why", []))
        for path, reason in reasons.items():
            line = [ln for ln in r.stderr.splitlines() if path in ln]
            check(line and reason in line[0], f"stderr names {path} with {reason!r}: {line}")
            check(os.path.basename(path) in shown and reason in shown,
                  f"the page names {os.path.basename(path)} with {reason!r}")
        check(any("chỉ được đếm một lần" in t for t in page.by_class.get("note", [])),
              "the page says copies are counted once")
        check({p: digest(p) for p in inputs} == before, "an input file changed")
        if args.keep:
            shutil.copytree(out, args.keep, dirs_exist_ok=True)

        # The game itself refuses the newer file too, and leaves it as it was.
        newer_dir = os.path.join(tmp, "newer-host")
        os.makedirs(newer_dir)
        shutil.copy(newer, os.path.join(newer_dir, "results.sqlite"))
        kept = digest(os.path.join(newer_dir, "results.sqlite"))
        pack = os.path.join(args.assets, "packs", "vi", "buoi-hoc-dau-tien.json")
        refused = subprocess.run([args.server, "--data-dir", newer_dir, "--pin", "135790",
                                  "--port", str(args.port), "--info-port", str(args.port + 1),
                                  "--pack", pack, "--no-web"], stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=20)
        check(refused.returncode != 0 and "phiên bản mới hơn (7)" in refused.stdout + refused.stderr,
              f"the server on a newer file: {refused.returncode} {refused.stderr[-300:]!r}")
        check(digest(os.path.join(newer_dir, "results.sqlite")) == kept, "the server wrote to it")

        bad = run_summary(args, os.path.join(tmp, "bad"), stores=[newer, corrupt, notsqlite, empty])
        check(bad.returncode == 1 and "không đọc được tệp kết quả nào" in bad.stderr,
              f"only bad files: exit {bad.returncode}, {bad.stderr!r}")
        check(not os.path.exists(os.path.join(tmp, "bad", "summary.html")), "no page from nothing")

        # The old layout: read through a migrated copy in memory, the file untouched; the
        # server's own migration gives the same match id.
        old = os.path.join(tmp, "old.sqlite")
        src = sqlite3.connect(f"file:{b}?mode=ro", uri=True)
        dst = sqlite3.connect(old)
        src.backup(dst)
        src.close()
        dst.executescript("ALTER TABLE matches DROP COLUMN uid; DROP TABLE store_info; "
                          "PRAGMA user_version=0; PRAGMA journal_mode=DELETE;")
        dst.close()
        old_digest = digest(old)
        old_out = os.path.join(tmp, "old-summary")
        r = run_summary(args, old_out, stores=[old])
        check(r.returncode == 0, f"old layout: {r.stderr}")
        only_b = {k: v for k, v in sites.items() if k[0] == SITE_B}
        _, topics_b, tech_b = expected_figures([b])
        check_summary(old_out, only_b, topics_b, tech_b, "old layout")
        check(digest(old) == old_digest, "the old file was written to")
        migrated_dir = os.path.join(tmp, "migrated")
        os.makedirs(migrated_dir)
        shutil.copy(old, os.path.join(migrated_dir, "results.sqlite"))
        migrate_with_server(args, migrated_dir)
        migrated = os.path.join(migrated_dir, "results.sqlite")
        db = sqlite3.connect(migrated)
        check(db.execute("PRAGMA user_version").fetchone()[0] == 1, "server migrated the file")
        check(db.execute("SELECT COUNT(*) FROM matches WHERE uid IS NULL").fetchone()[0] == 0,
              "every match has a uid after the migration")
        db.close()
        r = run_summary(args, os.path.join(tmp, "old-and-migrated"), stores=[old, migrated])
        check(r.returncode == 0, r.stderr)
        check_summary(os.path.join(tmp, "old-and-migrated"), only_b, topics_b, tech_b,
                      "old file + the server's migration of it")

        # Export to send, twice, and the other laptop of the same name into the same folder.
        sent = os.path.join(tmp, "usb")
        day = time.strftime("%Y-%m-%d")
        first = subprocess.run([args.report, "export", "--store", a1, "--out", sent],
                               capture_output=True, text=True, check=True).stdout
        name_a = f"ket-qua-Nha-van-hoa-thon-3-{day}.sqlite"
        check(name_a in first, f"export names the file: {first!r}")
        subprocess.run([args.report, "export", "--store", a1, "--out", sent], check=True)
        second_laptop = subprocess.run([args.report, "export", "--store", a2, "--out", sent],
                                       capture_output=True, text=True, check=True).stdout
        check(f"ket-qua-Nha-van-hoa-thon-3-{day}-2.sqlite" in second_laptop,
              f"the other laptop's export kept apart: {second_laptop!r}")
        subprocess.run([args.report, "--data-dir", os.path.dirname(b), "export", "--out", sent],
                       check=True)
        files = sorted(os.listdir(sent))
        check(files == sorted([name_a, f"ket-qua-Nha-van-hoa-thon-3-{day}-2.sqlite",
                               f"ket-qua-Nha-van-hoa-thon-Dong-{day}.sqlite"]),
              f"export folder {files}")
        for f in files:
            check(not f.endswith(("-wal", "-shm", ".partial")), f"stray file {f}")
        exported = [os.path.join(sent, f) for f in files]
        r = run_summary(args, os.path.join(tmp, "from-usb"), stores=exported, folders=[sent, sent])
        check(r.returncode == 0, r.stderr)
        check_summary(os.path.join(tmp, "from-usb"), sites, topics, techniques,
                      "exports merged twice")
        r = run_summary(args, os.path.join(tmp, "usb-and-own"), stores=[a1, b, a2],
                        folders=[sent], extra=["--from", "2000-01-01"])
        check(r.returncode == 0, r.stderr)
        check_summary(os.path.join(tmp, "usb-and-own"), sites, topics, techniques,
                      "exports and the laptops' own files")
    print("OK: the commune summary matches the stores")


if __name__ == "__main__":
    main()
