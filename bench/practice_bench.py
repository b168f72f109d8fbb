"""Practice mode: what an answer costs on the GUI thread, and loading the scenarios.

Each answer in the practice window is judged, the borrower reacts and the view
redraws on the GUI thread, so judging one reply must stay well inside a frame
(16 ms); scoring a whole call happens once, also on the GUI thread. Loading the
scenario files runs on a worker thread; it is measured for start-up.

Usage: .venv/bin/python bench/practice_bench.py
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date

from bench_common import emit, median_ms, ms, peak_rss_mb

from collector_desk.domain.practice.call import PracticeCall
from collector_desk.domain.practice.judge import judge_text
from collector_desk.domain.practice.lint import best_reply, lint, play_best
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.scoring import score_call
from collector_desk.services.practice import load_library

FRAME_MS = 16.0
TYPED = (
    "我跟您再确认一下:明天上午十点前,通过APP还款,金额1,280.00元,使用您尾号4521的还款银行卡,对吗?"
    "如果有问题,还款后麻烦第一时间给我们回个电话。"
)


def main() -> int:
    load_ms = median_ms(load_library, runs=7)
    library = load_library()
    setup = CallSetup(today=date(2026, 3, 16))
    answers: list[float] = []
    scores: list[float] = []
    for scenario in library.scenarios:
        for lang in ("zh", "en"):
            call = PracticeCall(scenario, setup)
            while not call.ended:
                step = call.next_step
                reply = best_reply(call, step)
                start = time.perf_counter()
                call.answer(reply_id=reply, step=step, lang=lang)
                answers.append(time.perf_counter() - start)
            start = time.perf_counter()
            score_call(call)
            scores.append(time.perf_counter() - start)
    judge_ms = median_ms(lambda: judge_text(TYPED, setup.today), runs=200, warm=5)
    answer_p95 = ms(sorted(answers)[int(len(answers) * 0.95)])
    score_max = ms(max(scores))
    start = time.perf_counter()
    warnings = sum(len(lint(s, setup)) for s in library.scenarios)
    lint_s = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    for s in library.scenarios:
        play_best(s, setup)
    best_paths_ms = ms(time.perf_counter() - start)
    emit(
        {
            "scenarios": len(library.scenarios),
            "load_library_ms": load_ms,
            "judge_typed_ms": judge_ms,
            "answer_median_ms": ms(statistics.median(answers)),
            "answer_p95_ms": answer_p95,
            "score_call_max_ms": score_max,
            "all_best_paths_ms": best_paths_ms,
            "lint_all_s": lint_s,
            "lint_warnings": warnings,
            "peak_rss_mb": peak_rss_mb(),
            "answer_ok": answer_p95 <= FRAME_MS,
            "score_ok": score_max <= FRAME_MS,
            "load_ok": load_ms <= 250,
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
