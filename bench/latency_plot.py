"""Latency distributions as an SVG box plot (bench/latency.svg), written by report.py.

One row per workload and runner: the box spans the 25th to 75th percentile with a line at the
median, the whiskers reach the 5th and 95th, and two dots mark the fastest and slowest
iteration. The time axis is logarithmic, since the workloads run from microseconds to a second.
Standard library only: the benchmark machine needs nothing beyond Python for it.
"""

import math
from xml.sax.saxutils import escape

COLORS = {"llmos": "#2563eb"}  # peers take PEER_COLORS in order
PEER_COLORS = ["#ea580c", "#16a34a", "#9333ea"]

ROW_H = 26
CHAR_W = 7.2  # a generous average advance of 12 px sans-serif, so no label runs off the left edge
PLOT_W = 560
TOP = 46
BOTTOM = 40


def percentile(sorted_xs, q):
    """Linear interpolation between closest ranks (sorted_xs non-empty)."""
    if len(sorted_xs) == 1:
        return sorted_xs[0]
    pos = q * (len(sorted_xs) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_xs) - 1)
    return sorted_xs[lo] + (sorted_xs[hi] - sorted_xs[lo]) * (pos - lo)


def fmt_time(ms):
    if ms >= 1000:
        return f"{ms / 1000:g} s"
    if ms >= 1:
        return f"{ms:g} ms"
    return f"{ms * 1000:g} µs"


def render(rows, title):
    """rows: [(workload, runner, samples_ms)], samples positive; returns the SVG text."""
    rows = [(w, r, sorted(x for x in s if x > 0)) for w, r, s in rows]
    rows = [row for row in rows if row[2]]
    if not rows:
        return None
    lo = min(s[0] for _, _, s in rows)
    hi = max(s[-1] for _, _, s in rows)
    d0 = math.floor(math.log10(lo))
    d1 = max(d0 + 1, math.ceil(math.log10(hi)))
    labels = [f"{w} · {r} (n={len(s)})" for w, r, s in rows]
    label_w = 20 + math.ceil(CHAR_W * max(len(label) for label in labels))

    def x(ms):
        return label_w + (math.log10(ms) - d0) / (d1 - d0) * PLOT_W

    colors = dict(COLORS)
    for _, runner, _ in rows:
        if runner not in colors:
            colors[runner] = PEER_COLORS[(len(colors) - 1) % len(PEER_COLORS)]

    height = TOP + ROW_H * len(rows) + BOTTOM
    width = label_w + PLOT_W + 30
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">{escape(title)}</text>',
    ]
    axis_y = TOP + ROW_H * len(rows)
    for d in range(d0, d1 + 1):
        tx = x(10.0 ** d)
        out.append(f'<line x1="{tx:.1f}" y1="{TOP - 6}" x2="{tx:.1f}" y2="{axis_y}" stroke="#ddd"/>')
        out.append(f'<text x="{tx:.1f}" y="{axis_y + 16}" text-anchor="middle">{escape(fmt_time(10.0 ** d))}</text>')
    out.append(f'<text x="{width / 2}" y="{axis_y + 32}" text-anchor="middle" fill="#555">'
               'time per iteration, log scale · box: 25–75th percentile · line: median · '
               'whiskers: 5–95th · dots: fastest, slowest</text>')
    previous = None
    for i, (workload, runner, s) in enumerate(rows):
        cy = TOP + ROW_H * i + ROW_H / 2
        if previous is not None and workload != previous:
            out.append(f'<line x1="10" y1="{cy - ROW_H / 2:.1f}" x2="{width - 10}" y2="{cy - ROW_H / 2:.1f}" stroke="#bbb"/>')
        previous = workload
        color = colors[runner]
        label = labels[i]
        p5, p25, p50, p75, p95 = (percentile(s, q) for q in (0.05, 0.25, 0.5, 0.75, 0.95))
        out.append(f'<g><title>{escape(label)}: median {escape(fmt_time(p50))}, '
                   f'p95 {escape(fmt_time(p95))}</title>')
        out.append(f'<text x="{label_w - 10}" y="{cy + 4:.1f}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<line x1="{x(p5):.1f}" y1="{cy:.1f}" x2="{x(p95):.1f}" y2="{cy:.1f}" stroke="{color}"/>')
        for v in (p5, p95):
            out.append(f'<line x1="{x(v):.1f}" y1="{cy - 5:.1f}" x2="{x(v):.1f}" y2="{cy + 5:.1f}" stroke="{color}"/>')
        box_w = max(1.0, x(p75) - x(p25))
        out.append(f'<rect x="{x(p25):.1f}" y="{cy - 8:.1f}" width="{box_w:.1f}" height="16" '
                   f'fill="{color}" fill-opacity="0.25" stroke="{color}"/>')
        out.append(f'<line x1="{x(p50):.1f}" y1="{cy - 8:.1f}" x2="{x(p50):.1f}" y2="{cy + 8:.1f}" '
                   f'stroke="{color}" stroke-width="2.5"/>')
        for v in (s[0], s[-1]):
            out.append(f'<circle cx="{x(v):.1f}" cy="{cy:.1f}" r="2.5" fill="{color}"/>')
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"
