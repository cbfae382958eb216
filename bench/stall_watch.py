"""How long the GUI thread stops answering, and what it was running meanwhile.

A 10 ms timer runs on the event loop; the largest gap between its ticks, minus 10 ms, is the GUI
thread's longest stall. A sampling thread looks at the GUI thread's stack whenever a tick is late,
so a stall names the code behind it instead of leaving it to guesswork (a second, profiled run
would not reproduce the same timing on a shared machine).
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import Path

TICK_MS = 10
_LATE_S = 0.03  # later than this, a tick counts as a stall worth sampling
_SAMPLE_S = 0.002
_REPO = str(Path(__file__).resolve().parents[1])


class StallWatch:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self._samples: list[tuple[int, str]] = []  # (ticks seen when sampled, where the GUI thread was)
        self._gui_thread = threading.get_ident()
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self._timer.start()
        self._sampler.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._sampler.join()

    @property
    def stall_ms(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:])) * 1000 - TICK_MS

    def culprit(self) -> str:
        """Where the GUI thread was most often during the longest stall ('' if nothing was sampled)."""
        gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:])]
        longest = gaps.index(max(gaps)) + 1  # the samples taken while only this many ticks had come
        seen = Counter(where for count, where in self._samples if count == longest)
        total = sum(seen.values())
        return "\n".join(f"  {n}/{total} samples:\n{where}" for where, n in seen.most_common(2))

    def _sample(self) -> None:
        while not self._stop.wait(_SAMPLE_S):
            count = len(self.ticks)
            if count and time.perf_counter() - self.ticks[-1] > _LATE_S:
                frame = sys._current_frames().get(self._gui_thread)  # noqa: SLF001 - a profiler's only way in
                if frame is not None:
                    self._samples.append((count, _where(frame)))


def _where(frame) -> str:
    """The innermost frames of this repository's code, and the innermost frame of all."""
    stack = traceback.extract_stack(frame)
    ours = [f for f in stack if f.filename.startswith(_REPO) and "/bench/" not in f.filename][-4:]
    lines = [f"    {Path(f.filename).relative_to(_REPO)}:{f.lineno} {f.name}" for f in ours]
    inner = stack[-1]
    if not ours or inner is not ours[-1]:
        lines.append(f"    (innermost) {Path(inner.filename).name}:{inner.lineno} {inner.name}")
    return "\n".join(lines)
