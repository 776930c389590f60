"""Bar charts as SVG geometry computed on the server (the template draws them; no script runs)."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT, PAD = 640, 160, 24


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    label: str
    value: int
    css: str


@dataclass(frozen=True, slots=True)
class Chart:
    bars: tuple[Bar, ...]
    width: int
    height: int
    top: int          # the largest value (the axis' top)
    ticks: tuple[tuple[float, str], ...]  # x positions and labels under the bars


def bars(series: list[tuple[str, dict[str, int]]], order: tuple[str, ...]) -> Chart:
    """Stacked bars: one per label, its parts in ``order`` (each part a CSS class)."""
    n = max(len(series), 1)
    top = max((sum(parts.values()) for _, parts in series), default=0) or 1
    slot = (WIDTH - 2 * PAD) / n
    w = max(slot * 0.8, 1.0)
    scale = (HEIGHT - 2 * PAD) / top
    out: list[Bar] = []
    ticks: list[tuple[float, str]] = []
    every = max(1, n // 8)
    for i, (label, parts) in enumerate(series):
        x = PAD + i * slot + (slot - w) / 2
        base = float(HEIGHT - PAD)
        for part in order:
            v = parts.get(part, 0)
            if v:
                h = v * scale
                base -= h
                out.append(Bar(round(x, 1), round(base, 1), round(w, 1), round(h, 1), label, v, part))
        if i % every == 0:
            ticks.append((round(x + w / 2, 1), label))
    return Chart(tuple(out), WIDTH, HEIGHT, top, tuple(ticks))
