#!/usr/bin/env python3
"""dovui-report end to end: a real server and real bots play a match into a fresh store, then
the report is rendered and checked against direct SQL queries on that store.

  * the HTML parses (html.parser, every element closed, nothing left open) and needs nothing
    from the network (no scripts, no external URLs);
  * its ranking, per-question counts and totals equal the store's;
  * the CSVs start with a UTF-8 BOM, reopen with the csv module and carry the store's
    Vietnamese text byte for byte;
  * the summary counts the same matches and answers;
  * accuracy per technique (HTML table, techniques.csv, summary-techniques.csv) and per card
    verdict equals SQL over the store, a spot question's answer names its mark, and a store
    from before issue 13 (columns dropped, or NULL) still opens as "not recorded";
  * with --crash, the server is killed (SIGKILL) mid-match and resumed (--resume): the report
    still covers every question asked before and after the crash.
"""
import argparse
import csv
import html.parser
import io
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

VOID = {"meta", "br", "link", "img", "hr", "input", "col", "wbr", "rect", "line"}
# SVG shapes written as <rect …></rect> or <rect …/>; both are fine, but every other element
# must close in order.


class StrictParser(html.parser.HTMLParser):
    """Tracks the element stack and gathers table rows and elements by class."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.tables = []  # list of tables; a table is a list of rows of cell texts
        self._cell = None
        self._row = None
        self.by_class = {}  # class -> list of texts
        self._class_stack = []
        self.text = []
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if key in attrs:
                self.urls.append(attrs[key])
        if tag == "script":
            self.errors.append("script element")
        if tag in VOID:
            return
        self.stack.append(tag)
        cls = attrs.get("class", "")
        self._class_stack.append((cls, len(self.text)))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        cls, start = self._class_stack.pop()
        if cls:
            for c in cls.split():
                self.by_class.setdefault(c, []).append("".join(self.text[start:]).strip())
        if tag in ("td", "th") and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self.tables:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def wait_for(proc_out, pattern, timeout):
    """Reads the server's stdout file until `pattern` appears."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        with open(proc_out, encoding="utf-8", errors="replace") as f:
            if re.search(pattern, f.read()):
                return
        time.sleep(0.05)
    fail(f"server never printed {pattern!r}")


def play(args, data_dir):
    pack = os.path.join(args.assets, "packs", "vi", "buoi-hoc-dau-tien.json")
    server_cmd = [args.server, "--data-dir", data_dir, "--pin", "246810", "--port",
                  str(args.port), "--info-port", str(args.port + 1), "--pack", pack,
                  "--auto-start", str(args.players), "--auto-advance-ms", "150",
                  "--questions", str(args.questions), "--name", "Nhà văn hóa thôn Đông", "--no-web"]
    out_path = os.path.join(data_dir, "server.out")
    out = open(out_path, "w")
    server = subprocess.Popen(server_cmd, stdin=subprocess.PIPE, stdout=out,
                              stderr=subprocess.STDOUT)
    try:
        wait_for(out_path, r"READY", 10)
        bots = subprocess.Popen(
            [args.bots, "--port", str(args.port), "--pin", "246810", "--players",
             str(args.players), "--pack", pack, "--think-ms", "100..1200", "--accuracy", "0.7",
             "--seed", "11", "--name-prefix", "Bà Năm", "--timeout", "90"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if args.crash:
            wait_for(out_path, r"REVEAL 2 ", 30)
            server.send_signal(signal.SIGKILL)
            server.wait()
            out.write("--- killed, resuming ---\n")
            out.flush()
            server = subprocess.Popen(server_cmd + ["--resume"], stdin=subprocess.PIPE,
                                      stdout=out, stderr=subprocess.STDOUT)
        bots_out, _ = bots.communicate(timeout=120)
        print(bots_out[-600:])
        wait_for(out_path, r"PODIUM", 30)
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        out.close()
    with open(out_path, encoding="utf-8") as f:
        print(f.read()[-800:])


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 BOM")
    text = raw.decode("utf-8-sig")
    check("\r\n" in text, f"{path}: rows should end with CRLF")
    return list(csv.reader(io.StringIO(text, newline="")))


def parse_html(path):
    with open(path, encoding="utf-8") as f:
        page = f.read()
    parser = StrictParser()
    parser.feed(page)
    parser.close()
    check(not parser.errors, f"{path}: {parser.errors[:5]}")
    check(not parser.stack, f"{path}: left open: {parser.stack}")
    check(not any(u.startswith(("http:", "https:", "//")) for u in parser.urls),
          f"{path}: refers to the network: {parser.urls}")
    check("http://" not in page.replace("http://www.w3.org/2000/svg", "")
          and "https://" not in page, f"{path}: a URL in the page")
    return parser


def percent(right, answered):
    return f"{int(right * 100 / answered + 0.5)}%" if answered else None


def check_match(args, db, out_dir, match_id):
    parser = parse_html(os.path.join(out_dir, "report.html"))
    players = db.execute("SELECT player_id, nickname, score FROM players WHERE match_id=? "
                         "ORDER BY score DESC, player_id", (match_id,)).fetchall()
    check(len(players) == args.players, f"store has {len(players)} players")
    asked = db.execute("SELECT q_index, text, kind FROM questions WHERE match_id=? "
                       "ORDER BY q_index", (match_id,)).fetchall()
    check(len(asked) == args.questions, f"store has {len(asked)} questions, not {args.questions}")
    total_answers = db.execute("SELECT COUNT(*) FROM answers WHERE match_id=?",
                               (match_id,)).fetchone()[0]

    # Facts and headline numbers.
    kpis = parser.by_class.get("kpi", [])
    check(kpis[0].startswith(str(args.players)), f"players KPI {kpis[0]!r}")
    check(kpis[1].startswith(str(len(asked))), f"questions KPI {kpis[1]!r}")
    check(kpis[2].startswith(str(total_answers)), f"answers KPI {kpis[2]!r} vs {total_answers}")

    # Ranking table: name and score per row, in the store's order of scores.
    ranking = parser.tables[0]
    check(ranking[0][1] == "Người chơi", f"ranking header {ranking[0]}")
    rows = ranking[1:]
    check(len(rows) == len(players), "ranking has every player")
    by_name = {r[1]: r for r in rows}
    for pid, nickname, score in players:
        row = by_name.get(nickname)
        check(row is not None, f"{nickname} missing from the ranking")
        answered, right = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(a.correct),0) FROM answers a JOIN questions q "
            "ON q.match_id=a.match_id AND q.q_index=a.q_index WHERE a.match_id=? AND "
            "a.player_id=? AND q.kind!='poll'", (match_id, pid)).fetchone()
        all_answered = db.execute("SELECT COUNT(*) FROM answers WHERE match_id=? AND player_id=?",
                                  (match_id, pid)).fetchone()[0]
        check(row[4] == str(score), f"{nickname}: score {row[4]} vs store {score}")
        check(row[3] == str(all_answered), f"{nickname}: answered {row[3]} vs {all_answered}")
        check(row[2] == str(right), f"{nickname}: right {row[2]} vs {right}")
    scores = [int(r[4]) for r in rows]
    check(scores == sorted(scores, reverse=True), "ranking is by score")

    # Per question: the text, the answer count, the accuracy.
    stats = parser.by_class.get("stat", [])
    texts = parser.by_class.get("qtext", [])
    check(len(stats) == len(asked), f"{len(stats)} question cards for {len(asked)} questions")
    for (index, text, kind), stat, shown in zip(asked, stats, texts):
        check(shown == text, f"question {index + 1} text differs")
        answered, right = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(correct),0) FROM answers WHERE match_id=? AND "
            "q_index=?", (match_id, index)).fetchone()
        check(stat.startswith(f"{answered} trả lời"), f"question {index + 1}: {stat!r}")
        if kind != "poll" and answered:
            check(f"đúng {percent(right, answered)}" in stat,
                  f"question {index + 1}: {stat!r} vs {right}/{answered}")
    check(len(parser.by_class.get("revisit", [])) <= 3, "at most 3 questions to revisit")

    # CSVs: same numbers, same Vietnamese text.
    rank_csv = read_csv(os.path.join(out_dir, "ranking.csv"))
    check(rank_csv[0][:2] == ["hạng", "người chơi"], f"ranking.csv header {rank_csv[0]}")
    csv_scores = {r[1]: int(r[5]) for r in rank_csv[1:]}
    check(csv_scores == {n: s for _, n, s in players}, "ranking.csv scores differ from the store")
    q_csv = read_csv(os.path.join(out_dir, "questions.csv"))
    check([r[4] for r in q_csv[1:]] == [t for _, t, _ in asked],
          "questions.csv text differs from the store")
    a_csv = read_csv(os.path.join(out_dir, "answers.csv"))
    check(len(a_csv) - 1 == total_answers, "answers.csv has every answer")
    points = db.execute("SELECT COALESCE(SUM(points),0) FROM answers WHERE match_id=?",
                        (match_id,)).fetchone()[0]
    check(sum(int(r[6] or 0) for r in a_csv[1:]) == points, "answers.csv points sum")
    facts = dict(read_csv(os.path.join(out_dir, "match.csv"))[1:])
    check(facts["địa điểm"] == "Nhà văn hóa thôn Đông", f"place {facts.get('địa điểm')!r}")
    check(facts["số câu trả lời"] == str(total_answers), "match.csv answers")
    return total_answers


def table_after(parser, first_header):
    """The HTML table whose header row starts with `first_header`."""
    for table in parser.tables:
        if table and table[0] and table[0][0] == first_header:
            return table
    fail(f"no table headed {first_header!r}")


TECHNIQUE_SQL = """
SELECT CASE WHEN q.techniques = '' THEN '(none)' ELSE j.value END AS technique,
       COUNT(DISTINCT q.q_index), COUNT(*), COALESCE(SUM(a.correct), 0)
FROM questions q
JOIN json_each(CASE WHEN q.techniques = '' THEN '[""]'
                    ELSE '["' || replace(q.techniques, ',', '","') || '"]' END) j
JOIN answers a ON a.match_id = q.match_id AND a.q_index = q.q_index
WHERE q.match_id = ? AND q.kind != 'poll' AND q.voided = 0 AND q.techniques IS NOT NULL
GROUP BY technique"""


def check_techniques(db, out_dir, match_id, lang_dir_en):
    """Per technique: the report's HTML table and techniques.csv equal an SQL query of the
    store, each answer counted once per technique of its question."""
    expected = {row[0]: tuple(row[1:]) for row in db.execute(TECHNIQUE_SQL, (match_id,))}
    check(len(expected) >= 3, f"the match asked questions of several techniques: {expected}")
    rows = read_csv(os.path.join(out_dir, "techniques.csv"))
    check(rows[0][:3] == ["mã thủ đoạn", "thủ đoạn", "số câu hỏi"], f"header {rows[0]}")
    got = {r[0]: (int(r[2]), int(r[3]), int(r[4])) for r in rows[1:]}
    check(got == expected, f"techniques.csv {got} vs the store {expected}")
    for r in rows[1:]:
        questions, answered, right = expected[r[0]]
        check(f"{r[5]}%" == percent(right, answered), f"{r[0]}: {r[5]}% vs {right}/{answered}")
    names = {r[0]: r[1] for r in rows[1:]}
    check(names.get("otp-password", "Hỏi mã OTP, mật khẩu") == "Hỏi mã OTP, mật khẩu",
          "Vietnamese technique names")
    html = table_after(parse_html(os.path.join(out_dir, "report.html")), "Thủ đoạn")
    shown = {r[0]: (int(r[1]), int(r[2]), int(r[3]), r[4]) for r in html[1:]}
    for tid, (questions, answered, right) in expected.items():
        check(shown.get(names[tid]) == (questions, answered, right, percent(right, answered)),
              f"HTML row for {tid}: {shown.get(names[tid])} vs {expected[tid]}")
    en = read_csv(os.path.join(lang_dir_en, "techniques.csv"))
    en_names = {r[0]: r[1] for r in en[1:]}
    if "impersonation" in en_names:
        check(en_names["impersonation"].startswith("Impersonating"), "English technique names")
    # Genuine and scam cards: the store's genuine column against the second table.
    verdict = dict((g, (n, a, r)) for g, n, a, r in db.execute(
        "SELECT q.genuine, COUNT(DISTINCT q.q_index), COUNT(*), COALESCE(SUM(a.correct),0) "
        "FROM questions q JOIN answers a ON a.match_id=q.match_id AND a.q_index=q.q_index "
        "WHERE q.match_id=? AND q.kind!='poll' AND q.voided=0 AND q.genuine IS NOT NULL "
        "GROUP BY q.genuine", (match_id,)))
    cards = table_after(parse_html(os.path.join(out_dir, "report.html")), "Loại thẻ")
    labels = {1: "Thẻ tin thật", 0: "Thẻ lừa đảo"}
    shown = {r[0]: (int(r[1]), int(r[2]), int(r[3])) for r in cards[1:]}
    check(shown == {labels[g]: v for g, v in verdict.items()}, f"cards {shown} vs {verdict}")
    return expected


def check_spot(db, out_dir, match_id):
    """A spot question asked: its marks are the options and the right answer names the mark."""
    spots = db.execute("SELECT q_index, options, correct FROM questions WHERE match_id=? AND "
                       "kind='spot'", (match_id,)).fetchall()
    check(spots, "the match asked a spot question")
    q_csv = read_csv(os.path.join(out_dir, "questions.csv"))
    for index, options, correct in spots:
        row = q_csv[1 + index]
        check(row[2] == "Chạm chỗ đáng ngờ", f"spot kind label {row[2]!r}")
        words = __import__("json").loads(options)[int(correct)]
        check(row[5] == f"chỗ số {int(correct) + 1} trên thẻ: “{words}”",
              f"spot right answer {row[5]!r}")


def check_older_store(args, data_dir, tmp, graded):
    """A store from before issue 13 (no technique columns) and one whose columns are NULL both
    open; every graded answer lands in the "not recorded" row."""
    for name, change in (("dropped", ["ALTER TABLE questions DROP COLUMN techniques",
                                      "ALTER TABLE questions DROP COLUMN difficulty",
                                      "ALTER TABLE questions DROP COLUMN genuine"]),
                         ("nulls", ["UPDATE questions SET techniques=NULL, difficulty=NULL, "
                                    "genuine=NULL"])):
        old_dir = os.path.join(tmp, "old-" + name)
        os.makedirs(old_dir)
        src = sqlite3.connect(os.path.join(data_dir, "results.sqlite"))
        dst = sqlite3.connect(os.path.join(old_dir, "results.sqlite"))
        src.backup(dst)
        src.close()
        for sql in change:
            dst.execute(sql)
        dst.commit()
        dst.close()
        out = os.path.join(old_dir, "report")
        subprocess.run([args.report, "--data-dir", old_dir, "match", "latest", "-o", out],
                       check=True)
        rows = read_csv(os.path.join(out, "techniques.csv"))
        check([r[:2] for r in rows[1:]] == [["(unrecorded)", "Chưa ghi (tệp kết quả cũ)"]],
              f"{name}: {rows}")
        check(int(rows[1][3]) == graded, f"{name}: {rows[1]} vs {graded} graded answers")
        table_after(parse_html(os.path.join(out, "report.html")), "Thủ đoạn")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--bots", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--assets", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--players", type=int, default=8)
    ap.add_argument("--questions", type=int, default=6)
    ap.add_argument("--crash", action="store_true")
    ap.add_argument("--keep", help="copy the report folder here (for the README screenshot)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="dovui-report-") as tmp:
        data_dir = os.path.join(tmp, "data")
        os.makedirs(data_dir)
        play(args, data_dir)
        db = sqlite3.connect(os.path.join(data_dir, "results.sqlite"))
        match_id = db.execute("SELECT MAX(id) FROM matches").fetchone()[0]
        check(db.execute("SELECT COUNT(*) FROM matches").fetchone()[0] == 1,
              "a resumed match stays one match")

        out_dir = os.path.join(tmp, "report")
        subprocess.run([args.report, "--data-dir", data_dir, "match", "latest", "-o", out_dir],
                       check=True)
        answers = check_match(args, db, out_dir, match_id)

        en_dir = os.path.join(tmp, "report-en")
        subprocess.run([args.report, "--data-dir", data_dir, "--lang", "en", "match",
                        str(match_id), "-o", en_dir], check=True)
        en = parse_html(os.path.join(en_dir, "report.html"))
        check(en.tables[0][0][1] == "Player", "English report")
        techniques = check_techniques(db, out_dir, match_id, en_dir)
        check_spot(db, out_dir, match_id)
        graded = db.execute("SELECT COUNT(*) FROM answers a JOIN questions q ON "
                            "q.match_id=a.match_id AND q.q_index=a.q_index WHERE a.match_id=? "
                            "AND q.kind!='poll' AND q.voided=0", (match_id,)).fetchone()[0]
        check_older_store(args, data_dir, tmp, graded)

        sum_dir = os.path.join(tmp, "summary")
        subprocess.run([args.report, "--data-dir", data_dir, "summary", "-o", sum_dir],
                       check=True)
        summary = parse_html(os.path.join(sum_dir, "summary.html"))
        kpis = summary.by_class.get("kpi", [])
        check(kpis[0].startswith("1"), f"matches KPI {kpis[0]!r}")
        check(kpis[1].startswith(str(args.players)), f"distinct players KPI {kpis[1]!r}")
        check(kpis[2].startswith(str(answers)), f"answers KPI {kpis[2]!r}")
        sum_techniques = read_csv(os.path.join(sum_dir, "summary-techniques.csv"))
        by_id = {}
        for r in sum_techniques[1:]:
            by_id.setdefault(r[0], [0, 0])
            by_id[r[0]][0] += int(r[3])
            by_id[r[0]][1] += int(r[4])
        check(by_id == {t: [a, r] for t, (_, a, r) in techniques.items()},
              f"summary-techniques.csv {by_id} vs {techniques}")
        table_after(summary, "Thủ đoạn")
        matches_csv = read_csv(os.path.join(sum_dir, "summary-matches.csv"))
        check(len(matches_csv) == 2 and matches_csv[1][2] == "Nhà văn hóa thôn Đông",
              "summary-matches.csv")
        empty = subprocess.run([args.report, "--data-dir", data_dir, "summary", "--to",
                                "2000-01-01", "-o", os.path.join(tmp, "none")], check=True)
        bad = subprocess.run([args.report, "--data-dir", data_dir, "summary", "--from",
                              "2026-02-30"], capture_output=True, text=True)
        check(bad.returncode == 1 and "ngày không hợp lệ" in bad.stderr, "bad date refused")
        missing = subprocess.run([args.report, "--data-dir", os.path.join(tmp, "nowhere"),
                                  "match"], capture_output=True, text=True)
        check(missing.returncode == 1 and "không tìm thấy tệp kết quả" in missing.stderr,
              "missing store explained")
        del empty
        if args.keep:
            subprocess.run(["cp", "-r", out_dir, args.keep], check=True)
            subprocess.run(["cp", "-r", sum_dir, os.path.join(args.keep, "summary")], check=True)
    print("OK: report matches the store")


if __name__ == "__main__":
    main()
