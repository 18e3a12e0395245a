"""NLL region inference: the value of every region variable as a set of points.

A region's value is a set of CFG points (a PointSet: sorted runs of point indices)
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

from typing import Optional

from ..syntax.node_class import node_class
from .point_set import PointSet


@node_class(frozen=True, slots=True)
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


@node_class(slots=True)
class RegionValues:
    """The solved values, indexed by region variable."""

    scc_of: list  # region vid -> scc index
    sets: list  # scc index -> PointSet of points
    ends: list  # scc index -> bitset of universal region indices (end elements)

    def contains_point(self, vid: int, point: int) -> bool:
        return point in self.sets[self.scc_of[vid]]

    def point_set(self, vid: int) -> PointSet:
        return self.sets[self.scc_of[vid]]

    def points_of(self, vid: int) -> int:
        """The points as a bitset (costs in points: for reports, not for the solver)."""
        return self.sets[self.scc_of[vid]].to_bits()

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
          all_points) -> RegionValues:
    """liveness[vid]: the PointSet (or bitset) of points where the region is live.
    universal_index: vid -> index of the universal region it stands for.
    all_points: every point of the body (a PointSet, or a bitset)."""
    all_points = _as_point_set(all_points)
    successors: list = [[] for _ in range(num_regions)]
    for c in constraints:
        if c.sup != c.sub:
            successors[c.sup].append(c.sub)
    scc_of, sccs = constraint_sccs(num_regions, successors)
    sets: list = [None] * len(sccs)
    ends = [0] * len(sccs)
    for scc, members in enumerate(sccs):
        parts = []
        full = False
        e = 0
        for vid in members:
            u = universal_index.get(vid)
            if u is not None:
                full = True
                e |= 1 << u
            elif not full:
                parts.append(_as_point_set(liveness[vid]))
            for succ in successors[vid]:
                succ_scc = scc_of[succ]
                if succ_scc != scc:
                    e |= ends[succ_scc]
                    if not full:
                        parts.append(sets[succ_scc])
        sets[scc] = all_points if full else PointSet.union(parts)
        ends[scc] = e
    return RegionValues(scc_of, sets, ends)


def _as_point_set(points) -> PointSet:
    return points if isinstance(points, PointSet) else PointSet.from_bits(points)


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
