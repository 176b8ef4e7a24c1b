"""A deterministic force-directed layout computed in Python, so a view of a thousand
nodes is drawn at once instead of waiting for vis-network's physics in the browser
(barnesHut needed ~7 s to settle 1,500 nodes in headless Chromium on the CI machine).

Fruchterman & Reingold (1991), dense numpy version: fine up to a few thousand nodes
(the views cap their node count). networkx's own ``spring_layout`` needs scipy above
500 nodes, which the project does not otherwise need. Repulsion between all pairs is
computed once per pair, in blocks of rows that stay in the CPU cache (half the work
of the full n × n matrix on big views); attraction only along the edges.

Each iteration costs O(n²); above :data:`FULL_LAYOUT_NODES` nodes the number of
iterations shrinks with n² (to at least :data:`MIN_ITERATIONS`), so a big view costs
about what a view of FULL_LAYOUT_NODES does: a build with hundreds of capped views
(reporters of a year's archive) stays linear in the views. Big views (drawn without
physics in the browser) get a rougher layout.

Same input, same pixels on any machine: only IEEE-exact operations (+ − × ÷, √, max),
sums in an order fixed by the node count (numpy's pairwise row sums, column sums row by
row, ``numpy.bincount`` along the edges); no BLAS, no ``hypot`` (libm), no threads.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
import numpy as np

__all__ = ["force_layout", "spring_positions"]

EDGE_PIXELS = 90  # typical edge length on screen at zoom 1
FULL_LAYOUT_NODES = 400  # up to here every view gets all iterations (the samples' do)
MIN_ITERATIONS = 10
_BLOCK = 1 << 16  # pairs per block of the repulsion step (x, y, weight: 256 KiB each)
_NEAR = np.float32(0.01)  # distances below this count as this (coinciding nodes)


def spring_positions(G: nx.MultiDiGraph, nodes: list[str], *, iterations: int = 60,
                     seed: int = 7) -> dict[str, tuple[int, int]]:
    """Pixel positions (rounded integers) of ``nodes``; same input → same output."""
    index = {key: i for i, key in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v]))
                    for u in nodes for v in G.succ[u] if v != u and v in index})
    return dict(zip(nodes, force_layout(len(nodes), pairs, iterations=iterations, seed=seed),
                    strict=True))


def force_layout(count: int, pairs: Sequence[tuple[int, int]], *, iterations: int = 60,
                 seed: int = 7) -> list[tuple[int, int]]:
    """Pixel positions of nodes ``0 … count-1`` joined by the undirected edges ``pairs``
    (index pairs without loops or repeats; their order is part of the input)."""
    n = count
    if n == 0:
        return []
    if n == 1:
        return [(0, 0)]
    if n > FULL_LAYOUT_NODES:
        iterations = max(MIN_ITERATIONS, round(iterations * (FULL_LAYOUT_NODES / n) ** 2))
    edges = np.array(pairs, dtype=np.intp).reshape(-1, 2)
    src, dst = edges[:, 0], edges[:, 1]
    # where each edge's pull lands in the flat displacement (x of all nodes, then y):
    # +pull at dst and −pull at src, for x then for y
    targets = np.concatenate((dst, src, dst + n, src + n))
    xy = np.random.default_rng(seed).random((n, 2), dtype=np.float32).T.copy()  # 2 × n
    k = np.float32(np.sqrt(1.0 / n))  # ideal distance between nodes in the unit square
    k2, inv_k = k * k, np.float32(1.0) / k
    rows = max(1, min(n, _BLOCK // n))
    delta = np.empty(2 * rows * n, dtype=np.float32)  # x and y differences of a block
    weight = np.empty(rows * n, dtype=np.float32)  # (contiguous: numpy's fast loops)
    repulse = np.empty((2, n), dtype=np.float32)
    disp = np.empty((2, n), dtype=np.float32)
    step, cool = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        repulse.fill(0)
        for a in range(0, n, rows):  # repulsion k²/d along each pair: Δ · k²/d²
            b = min(n, a + rows)  # rows a…b-1 against columns a…n-1, each pair once:
            size = (b - a) * (n - a)
            d, w = delta[:2 * size].reshape(2, b - a, n - a), weight[:size].reshape(b - a, n - a)
            np.subtract(xy[:, a:b, None], xy[:, None, a:], out=d)
            np.multiply(d[0], d[0], out=w)
            w += d[1] * d[1]
            np.maximum(w, _NEAR * _NEAR, out=w)
            np.divide(k2, w, out=w)
            d *= w
            repulse[:, a:b] += np.add.reduce(d, axis=2)  # on the rows' nodes
            if b < n:  # and the opposite push on the columns' nodes after the block
                repulse[:, b:] -= np.add.reduce(d[:, :, b - a:], axis=1)
        along = xy[:, src] - xy[:, dst]  # attraction d²/k along each edge: Δ · d/k
        sq = along * along
        dist = np.sqrt(sq[0] + sq[1])
        np.maximum(dist, _NEAR, out=dist)
        dist *= inv_k
        along *= dist
        pull = np.bincount(targets, np.concatenate((along, -along), axis=1).ravel(), 2 * n)
        np.add(repulse, pull.reshape(2, n), out=disp)
        sq = disp * disp
        length = np.sqrt(sq[0] + sq[1])
        np.maximum(length, _NEAR, out=length)
        disp *= np.float32(step) / length
        xy += disp
        step -= cool
    xy -= xy.mean(axis=1, keepdims=True)
    pixels = np.rint(xy * (EDGE_PIXELS / k)).astype(np.int64)
    return list(zip(pixels[0].tolist(), pixels[1].tolist(), strict=True))
