"""NLL region inference: the value of every region variable as a set of points.

A region's value is a set of CFG points (a bitset over point indices, as a Python int)
plus a set of universal-region "end" elements (a bitset over universal region indices;
`end('a)` means "the region outlives the whole function body and reaches 'a").

Rules (RFC 2094, rustc-dev-guide "Region inference"):
  liveness:    region_contains(R, P)            :- live_at(R, P)
  universal:   region_contains(U, P)            :- universal(U), point(P)
               region_contains(U, end(U))       :- universal(U)
  outlives:    region_contains(Sup, X)          :- outlives(Sup, Sub), region_contains(Sub, X)

Solved once per body: the constraint graph (edge Sup -> Sub) is collapsed into strongly
connected components, and each SCC's value is the union of its members' own values and
the values of its successor SCCs, computed in reverse topological order (Tarjan emits a
component only after every component reachable from it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True, slots=True)
class OutlivesConstraint:
    """`sup: sub` — sup must contain everything sub contains.

    location: the point index where the constraint arose (None: holds everywhere, e.g.
    signature bounds); span: the source span to blame; category: why it exists
    ("return", "assignment", "call_argument", "usage", "closure_bounds",
    "type_annotation", "boring", "static_requirement")."""

    sup: int
    sub: int
    location: Optional[int]
    span: object
    category: str = "boring"


@dataclass(slots=True)
class RegionValues:
    """The solved values, indexed by region variable."""

    scc_of: list  # region vid -> scc index
    points: list  # scc index -> bitset of points
    ends: list  # scc index -> bitset of universal region indices (end elements)

    def contains_point(self, vid: int, point: int) -> bool:
        return (self.points[self.scc_of[vid]] >> point) & 1 == 1

    def points_of(self, vid: int) -> int:
        return self.points[self.scc_of[vid]]

    def ends_of(self, vid: int) -> int:
        return self.ends[self.scc_of[vid]]


def constraint_sccs(num_regions: int, successors: list) -> tuple[list, list]:
    """Tarjan's algorithm (iterative). Returns (scc_of, sccs) where sccs is in reverse
    topological order: every SCC appears after all SCCs reachable from it."""
    index_of = [-1] * num_regions
    low = [0] * num_regions
    on_stack = [False] * num_regions
    stack: list = []
    scc_of = [-1] * num_regions
    sccs: list = []
    counter = 0
    for root in range(num_regions):
        if index_of[root] != -1:
            continue
        work = [(root, 0)]
        index_of[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            node, child_pos = work[-1]
            succs = successors[node]
            if child_pos < len(succs):
                work[-1] = (node, child_pos + 1)
                succ = succs[child_pos]
                if index_of[succ] == -1:
                    index_of[succ] = low[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack[succ] = True
                    work.append((succ, 0))
                elif on_stack[succ]:
                    low[node] = min(low[node], index_of[succ])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index_of[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    scc_of[member] = len(sccs)
                    members.append(member)
                    if member == node:
                        break
                sccs.append(members)
    return scc_of, sccs


def solve(num_regions: int, constraints: list, liveness: list, universal_index: dict,
          all_points: int) -> RegionValues:
    """liveness[vid]: bitset of points where the region is live.
    universal_index: vid -> index of the universal region it stands for.
    all_points: the bitset of every point of the body."""
    successors: list = [[] for _ in range(num_regions)]
    for c in constraints:
        if c.sup != c.sub:
            successors[c.sup].append(c.sub)
    scc_of, sccs = constraint_sccs(num_regions, successors)
    points = [0] * len(sccs)
    ends = [0] * len(sccs)
    for scc, members in enumerate(sccs):
        p = 0
        e = 0
        for vid in members:
            p |= liveness[vid]
            u = universal_index.get(vid)
            if u is not None:
                p |= all_points
                e |= 1 << u
            for succ in successors[vid]:
                succ_scc = scc_of[succ]
                if succ_scc != scc:
                    p |= points[succ_scc]
                    e |= ends[succ_scc]
        points[scc] = p
        ends[scc] = e
    return RegionValues(scc_of, points, ends)


def constraint_path(constraints: list, source: int, target_test) -> Optional[list]:
    """Breadth-first search along `sup -> sub` edges from `source` to the first region
    satisfying target_test; returns the constraints on the path (for blame), or None."""
    by_sup: dict = {}
    for c in constraints:
        by_sup.setdefault(c.sup, []).append(c)
    came_from: dict = {source: None}
    queue = [source]
    for vid in queue:
        if vid != source and target_test(vid):
            path = []
            while came_from[vid] is not None:
                c = came_from[vid]
                path.append(c)
                vid = c.sup
            path.reverse()
            return path
        for c in by_sup.get(vid, ()):
            if c.sub not in came_from:
                came_from[c.sub] = c
                queue.append(c.sub)
    return None
