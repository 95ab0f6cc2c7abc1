"""The fit of every swap between the worst group and the other groups, without building
the swapped groups: counts after a swap are the counts before plus one row difference, so
pairs sharing a value and lone values follow from matrix products
(members of the group × members outside) instead of a values-deep array per swap."""

from __future__ import annotations

import numpy as np

from app.grouping.fit import Array, Scorer


def _stats(x: Array, counts: Array) -> dict[str, Array]:
    return {"x": x[:, :-1], "k": x[:, -1], "c": counts[..., :-1], "known": counts[..., -1]}


def swap_parts(
    scorer: Scorer,
    counts: dict[str, Array],
    g: int,
    h: np.ndarray,
    inside: np.ndarray,
    outside: np.ndarray,
) -> tuple[Array, Array, Array, Array]:
    """For member ``inside[r]`` of group ``g`` swapped with ``outside[c]`` of group ``h[c]``:
    the member parts and lone values of ``g`` and of ``h`` after the swap, each (r, c)."""
    shape = (len(inside), len(outside))
    part_g, part_h = np.zeros(shape), np.zeros(shape)
    for index in scorer.member_criteria:
        criterion = scorer.problem.active_criteria[index]
        x = scorer.member_x[criterion.field]
        xi, xj = x[inside, :-1], x[outside, :-1]
        cg, ch = counts[criterion.field][g], counts[criterion.field][h]
        known_g = cg[-1] - x[inside, -1][:, None] + x[outside, -1][None, :]
        known_h = ch[None, :, -1] - x[outside, -1][None, :] + x[inside, -1][:, None]
        cg, ch = cg[:-1], ch[:, :-1]
        cross = xi @ xj.T
        base_g = cg @ (cg - 1)
        stat_g = base_g + (xj @ (2 * cg - 1))[None, :] - (xi @ (2 * cg - 1))[:, None]
        stat_g = stat_g + xi.sum(1)[:, None] + xj.sum(1)[None, :] - 2 * cross
        base_h = (ch * (ch - 1)).sum(1)
        stat_h = base_h[None, :] + xi @ (2 * ch - 1).T - (xj * (2 * ch - 1)).sum(1)[None, :]
        stat_h = stat_h + xi.sum(1)[:, None] + xj.sum(1)[None, :] - 2 * cross
        weight = scorer.weights[index]
        part_g += weight * scorer.fit_from(index, stat_g, known_g)
        part_h += weight * scorer.fit_from(index, stat_h, known_h)
    alone_g, alone_h = np.zeros(shape), np.zeros(shape)
    for field, mask in scorer.alone_masks:
        x = scorer.member_x[field][:, :-1][:, mask]
        xi, xj = x[inside], x[outside]
        cg, ch = counts[field][g][:-1][mask], counts[field][h][:, :-1][:, mask]
        alone_g += _lone_after(cg[None, :], xi, xj, shared=True)
        alone_h += _lone_after(ch, xj, xi, shared=False)
    return part_g, part_h, alone_g, alone_h


def _lone_after(c: Array, leaving: Array, coming: Array, *, shared: bool) -> Array:
    """Values held by exactly one member once ``leaving`` goes and ``coming`` arrives.

    With ``shared`` the counts ``c`` are one row for every pair (the worst group, where the
    rows of ``leaving`` index the result's rows); otherwise ``c`` and ``leaving`` have one
    row per column of the result (the other groups) and ``coming`` indexes the rows.
    """
    one, two, none = (c == 1) * 1.0, (c == 2) * 1.0, (c == 0) * 1.0
    if shared:
        # result (len(leaving), len(coming)); c is the same for every cell.
        a, b, z = one[0], two[0], none[0]
        same = (
            a.sum() - (leaving @ a)[:, None] - (coming @ a)[None, :] + 2 * (leaving * a) @ coming.T
        )
        drop = (leaving @ b)[:, None] - (leaving * b) @ coming.T
        gain = (coming @ z)[None, :]
        return np.asarray(same + drop + gain, dtype=float)
    # result (len(coming), len(leaving)): column c has the counts one[c] and leaves leaving[c].
    same = one.sum(1)[None, :] - (leaving * one).sum(1)[None, :] - coming @ one.T
    same = same + 2 * coming @ (leaving * one).T
    drop = (leaving * two).sum(1)[None, :] - coming @ (leaving * two).T
    gain = coming @ none.T
    return np.asarray(same + drop + gain, dtype=float)
