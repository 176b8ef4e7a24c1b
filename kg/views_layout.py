"""A deterministic force-directed layout computed in Python, so a view of a thousand
nodes is drawn at once instead of waiting for vis-network's physics in the browser
(barnesHut needed ~7 s to settle 1,500 nodes in headless Chromium on the CI machine).

Fruchterman & Reingold (1991), dense numpy version: fine up to a few thousand nodes
(the views cap their node count). networkx's own ``spring_layout`` needs scipy above
500 nodes, which the project does not otherwise need.

Each iteration costs O(n²); above :data:`FULL_LAYOUT_NODES` nodes the number of
iterations shrinks with n² (to at least :data:`MIN_ITERATIONS`), so a big view costs
about what a view of FULL_LAYOUT_NODES does: a build with hundreds of capped views
(reporters of a year's archive) stays linear in the views. Big views (drawn without
physics in the browser) get a rougher layout.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

__all__ = ["spring_positions"]

EDGE_PIXELS = 90  # typical edge length on screen at zoom 1
FULL_LAYOUT_NODES = 400  # up to here every view gets all iterations (the samples' do)
MIN_ITERATIONS = 10


def spring_positions(G: nx.MultiDiGraph, nodes: list[str], *, iterations: int = 60,
                     seed: int = 7) -> dict[str, tuple[int, int]]:
    """Pixel positions (rounded integers) of ``nodes``; same input → same output."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0, 0)}
    if n > FULL_LAYOUT_NODES:
        iterations = max(MIN_ITERATIONS, round(iterations * (FULL_LAYOUT_NODES / n) ** 2))
    index = {key: i for i, key in enumerate(nodes)}
    adj = np.zeros((n, n), dtype=np.float32)
    for u in nodes:  # the edges among ``nodes`` (G.subgraph's filtered views are slow)
        for v in G.succ[u]:
            if v != u and v in index:
                adj[index[u], index[v]] = adj[index[v], index[u]] = 1.0
    pos = np.random.default_rng(seed).random((n, 2), dtype=np.float32)
    k = np.float32(np.sqrt(1.0 / n))  # ideal distance between nodes in the unit square
    step, cool = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        dist = np.maximum(np.hypot(dx, dy), np.float32(0.01))
        force = k * k / (dist * dist) - adj * dist / k  # repulsion - attraction, over dist
        disp = np.stack([(dx * force).sum(1), (dy * force).sum(1)], axis=1)
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), np.float32(0.01))
        pos += disp * (np.float32(step) / length)[:, None]
        step -= cool
    pos -= pos.mean(axis=0)
    pixels = pos * (EDGE_PIXELS / k)
    return {key: (round(float(x)), round(float(y)))
            for key, (x, y) in zip(nodes, pixels, strict=True)}
