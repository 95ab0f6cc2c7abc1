"""Local search on the worst group: the swap or move (of a member or a mentor) with another
group that most improves the pair, judged as the whole grouping is judged — fewer lone
members first, then the worse of the two groups, then the better one. Each accepted step
improves the sorted list of group fits (leximin), so the search ends; it is capped in steps,
not in time, so a seed always gives the same groups."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.grouping.delta import swap_parts
from app.grouping.fit import Array
from app.grouping.state import State

EPS = 1e-9


@dataclass(frozen=True)
class Step:
    """One candidate change: ``kind`` member-swap/move-out/move-in/mentor-swap/mentor-take."""

    kind: str
    a: int  # the member or mentor leaving the worst group (or -1)
    b: int  # the member or mentor coming in (or -1)
    other: int  # the other group (-1: none, for a mentor with spare places)
    gain: tuple[float, float, float]


def _better(
    state: State, g: int, h: np.ndarray, fit_g: Array, fit_h: Array, alone_g: Array, alone_h: Array
) -> tuple[Array, Array, Array]:
    """Per candidate: (lone members saved, new worse fit − old, new better fit − old)."""
    fit, alone = state.fit, state.alone
    old_lo = np.minimum(fit[g], np.where(h >= 0, fit[np.maximum(h, 0)], np.inf))
    old_hi = np.maximum(fit[g], np.where(h >= 0, fit[np.maximum(h, 0)], -np.inf))
    old_alone = alone[g] + np.where(h >= 0, alone[np.maximum(h, 0)], 0)
    new_lo = np.minimum(fit_g, np.where(h >= 0, fit_h, np.inf))
    new_hi = np.maximum(fit_g, np.where(h >= 0, fit_h, -np.inf))
    return old_alone - (alone_g + alone_h), new_lo - old_lo, new_hi - old_hi


def _pick(
    saved: Array, lo: Array, hi: Array, ok: np.ndarray
) -> tuple[int, tuple[float, float, float]] | None:
    """The allowed candidate that improves the pair most (its flat index and gain), if any:
    lone members saved first, then the worse group of the pair, then the better one."""
    improving = ok & (
        (saved > EPS) | ((np.abs(saved) <= EPS) & ((lo > EPS) | ((np.abs(lo) <= EPS) & (hi > EPS))))
    )
    if not improving.any():
        return None
    flat = np.flatnonzero(improving.ravel())
    order = np.lexsort((-hi.ravel()[flat], -lo.ravel()[flat], -saved.ravel()[flat]))
    best = int(flat[order[0]])
    return best, (float(saved.ravel()[best]), float(lo.ravel()[best]), float(hi.ravel()[best]))


def _member_steps(state: State, g: int, movable: np.ndarray) -> list[Step]:
    scorer = state.scorer
    inside = np.flatnonzero((state.group_of == g) & movable)
    outside = np.flatnonzero((state.group_of >= 0) & (state.group_of != g) & movable)
    steps: list[Step] = []
    if len(inside) and len(outside):
        h = state.group_of[outside]
        part_g, part_h, alone_g, alone_h = swap_parts(scorer, state.counts, g, h, inside, outside)
        fit_g = scorer.group_fit(part_g, state.mentor_part[g])
        fit_h = scorer.group_fit(part_h, state.mentor_part[h][None, :])
        hh = np.broadcast_to(h, (len(inside), len(outside)))
        saved, lo, hi = _better(state, g, hh, fit_g, fit_h, alone_g, alone_h)
        ok = np.ones_like(lo, dtype=bool)
        if state.has_conflicts:
            ok &= state.member_clash[np.ix_(inside, h)] - state.aa[np.ix_(inside, outside)] == 0
            ok &= (state.member_clash[outside, g] - state.aa[np.ix_(outside, inside)].T) == 0
        found = _pick(saved, lo, hi, ok)
        if found:
            r, c = divmod(found[0], len(outside))
            steps.append(Step("swap", int(inside[r]), int(outside[c]), int(h[c]), found[1]))
    if state.low < state.high:
        steps += _moves(state, g, inside, outside)
    return steps


def _moves(state: State, g: int, inside: np.ndarray, outside: np.ndarray) -> list[Step]:
    """A member of the worst group to another group, or one from another group into it."""
    scorer = state.scorer
    steps: list[Step] = []
    groups = np.arange(state.groups)
    if len(inside) and state.sizes[g] > state.low:
        new_g = {f: state.counts[f][g] - x[inside] for f, x in scorer.member_x.items()}
        new_h = {
            f: state.counts[f][None, :, :] + x[inside][:, None, :]
            for f, x in scorer.member_x.items()
        }
        fit_g = scorer.group_fit(scorer.part(scorer.member_criteria, new_g), state.mentor_part[g])
        fit_h = scorer.group_fit(scorer.part(scorer.member_criteria, new_h), state.mentor_part)
        hh = np.broadcast_to(groups, (len(inside), state.groups))
        saved, lo, hi = _better(
            state, g, hh, fit_g[:, None], fit_h, scorer.alone(new_g)[:, None], scorer.alone(new_h)
        )
        ok = (hh != g) & (state.sizes[None, :] < state.high)
        if state.has_conflicts:
            ok &= state.member_clash[inside] == 0
        found = _pick(saved, lo, hi, ok)
        if found:
            r, c = divmod(found[0], state.groups)
            steps.append(Step("out", int(inside[r]), -1, int(c), found[1]))
    if len(outside) and state.sizes[g] < state.high:
        h = state.group_of[outside]
        new_g = {f: state.counts[f][g] + x[outside] for f, x in scorer.member_x.items()}
        new_h = {f: state.counts[f][h] - x[outside] for f, x in scorer.member_x.items()}
        fit_g = scorer.group_fit(scorer.part(scorer.member_criteria, new_g), state.mentor_part[g])
        fit_h = scorer.group_fit(scorer.part(scorer.member_criteria, new_h), state.mentor_part[h])
        saved, lo, hi = _better(state, g, h, fit_g, fit_h, scorer.alone(new_g), scorer.alone(new_h))
        ok = state.sizes[h] > state.low
        if state.has_conflicts:
            ok = ok & (state.member_clash[outside, g] == 0)
        found = _pick(saved, lo, hi, ok)
        if found:
            steps.append(Step("in", -1, int(outside[found[0]]), int(h[found[0]]), found[1]))
    return steps


def _mentor_steps(state: State, g: int) -> list[Step]:
    """Swap a mentor of the worst group with one of another group, or with a mentor who
    still has places (then only the worst group changes)."""
    scorer = state.scorer
    if not state.mentors_of[g] or not scorer.mentor_criteria:
        return []
    slots = [(h, k) for h in range(state.groups) if h != g for k in state.mentors_of[h]]
    spare = [k for k in range(state.m) if state.load[k] < state.capacity[k]]
    other = np.array([h for h, _ in slots] + [-1] * len(spare), dtype=np.int64)
    come = np.array([k for _, k in slots] + spare, dtype=np.int64)
    if not len(come):
        return []
    leave = np.array(state.mentors_of[g], dtype=np.int64)
    new_g, new_h = {}, {}
    for f, x in scorer.mentor_x.items():
        delta = x[come][None, :, :] - x[leave][:, None, :]
        new_g[f] = state.mentor_counts[f][g] + delta
        new_h[f] = state.mentor_counts[f][np.maximum(other, 0)][None, :, :] - delta
    fit_g = scorer.group_fit(state.member_part[g], scorer.part(scorer.mentor_criteria, new_g))
    fit_h = scorer.group_fit(
        state.member_part[np.maximum(other, 0)], scorer.part(scorer.mentor_criteria, new_h)
    )
    hh = np.broadcast_to(other, fit_g.shape)
    zero = np.zeros(fit_g.shape)
    saved, lo, hi = _better(
        state,
        g,
        hh,
        fit_g,
        fit_h,
        state.alone[g] + zero,
        np.where(hh >= 0, state.alone[np.maximum(hh, 0)], 0),
    )
    ok = ~state.mentor_in[come, g][None, :] & np.ones(fit_g.shape, dtype=bool)
    ok &= (other < 0)[None, :] | ~state.mentor_in[np.ix_(leave, np.maximum(other, 0))]
    if state.pinned.any():  # a mentor kept with one of the group's members stays
        ok &= ~state.pinned[leave, g][:, None]
        ok &= (other < 0)[None, :] | ~state.pinned[come, np.maximum(other, 0)][None, :]
    if state.has_conflicts:
        ok &= (state.mentor_clash[come, g][None, :] - state.bb[np.ix_(leave, come)]) == 0
        back = (
            state.mentor_clash[np.ix_(leave, np.maximum(other, 0))] - state.bb[np.ix_(leave, come)]
        )
        ok &= (other < 0)[None, :] | (back == 0)
    found = _pick(saved, lo, hi, ok)
    if not found:
        return []
    r, c = divmod(found[0], len(come))
    return [Step("mentor", int(leave[r]), int(come[c]), int(other[c]), found[1])]


def apply(state: State, g: int, step: Step) -> None:
    if step.kind == "swap":
        state.place(step.a, step.other)
        state.place(step.b, g)
    elif step.kind == "out":
        state.place(step.a, step.other)
    elif step.kind == "in":
        state.place(step.b, g)
    else:
        state.remove_mentor(step.a, g)
        if step.other >= 0:
            state.remove_mentor(step.b, step.other)
            state.add_mentor(step.a, step.other)
        state.add_mentor(step.b, g)


def improve(state: State, movable: np.ndarray, max_steps: int) -> int:
    """Improve the worst groups until no step helps (or ``max_steps``); returns the steps.

    A group with no improving step is set aside until it or a group it could trade with
    changes (each accepted step re-opens the two groups it touched).
    """
    resting = np.zeros(state.groups, dtype=bool)
    done = 0
    while done < max_steps:
        order = np.lexsort((state.fit, -state.alone))
        for g in (int(x) for x in order if not resting[x]):
            steps = _member_steps(state, g, movable)
            if not state.scorer.problem.keep_mentors:  # kept mentors stay where they were put
                steps += _mentor_steps(state, g)
            if steps:
                best = max(steps, key=lambda s: s.gain)
                apply(state, g, best)
                resting[g] = False
                if best.other >= 0:
                    resting[best.other] = False
                done += 1
                break
            resting[g] = True
        else:
            return done
    return done
