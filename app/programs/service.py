"""Programs, cycles and role ladders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import DEFAULT_CADENCE_DAYS, DEFAULT_LADDER, Cycle, Program
from app.errors import NotFoundError, UnusableInputError
from app.programs.cycle_info import CycleInfo as CycleInfo  # the first paint needs no models
from app.programs.messages import sentence


def _info(cycle: Cycle) -> CycleInfo:
    return CycleInfo(
        id=cycle.id,
        program_id=cycle.program_id,
        program_name=cycle.program.name,
        label=cycle.label,
        starts_on=cycle.starts_on,
        ends_on=cycle.ends_on,
        status=cycle.status,
        role_ladder=tuple(cycle.program.role_ladder),
    )


def create_program(
    session: Session,
    name: str,
    *,
    organisation: str = "",
    role_ladder: list[str] | None = None,
    cadence_days: int = DEFAULT_CADENCE_DAYS,
    contact_name: str = "",
    contact_title: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    model: str | None = None,
    lang: str | None = None,
) -> int:
    """A new program; ``model`` applies that program model's preset (``presets``): its
    ladder unless ``role_ladder`` is given (named in ``lang``), its relations, criteria and
    flags, and the language it was set up in (``lang``, else read from the ladder)."""
    name = name.strip()
    preset: dict[str, object] = {}
    if model:
        from app.programs.presets import ladder_language, preset_ladder, preset_settings

        role_ladder = preset_ladder(model, lang) if role_ladder is None else role_ladder
        if len(role_ladder) < 2:
            raise UnusableInputError(sentence("programs.ladder_too_short"))
    if not name:
        raise UnusableInputError(sentence("programs.name_required"))
    ladder = [r.strip() for r in (role_ladder or DEFAULT_LADDER) if r.strip()]
    if len(ladder) < 2:
        raise UnusableInputError(sentence("programs.ladder_too_short"))
    if len({r.casefold() for r in ladder}) != len(ladder):
        raise UnusableInputError(sentence("programs.ladder_repeats"))
    if session.scalar(select(Program.id).where(Program.name == name)) is not None:
        raise UnusableInputError(sentence("programs.name_taken", name=name))
    if cadence_days < 1:
        raise UnusableInputError(sentence("programs.cadence_too_short"))
    if model:
        preset = preset_settings(model, ladder)
        preset["language"] = lang if lang in ("en", "fr") else ladder_language(ladder)
    program = Program(
        name=name,
        organisation=organisation.strip(),
        role_ladder=ladder,
        settings={"cadence_days": cadence_days, **preset},
        contact_name=contact_name,
        contact_title=contact_title,
        contact_email=contact_email,
        contact_phone=contact_phone,
    )
    session.add(program)
    session.flush()
    audit.record(
        session, "create", "program", program.id, **({"model": preset["model"]} if preset else {})
    )
    return program.id


def create_cycle(
    session: Session,
    program_id: int,
    label: str,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
) -> int:
    label = label.strip()
    if not label:
        raise UnusableInputError(sentence("programs.cycle_label_required"))
    if starts_on and ends_on and ends_on < starts_on:
        raise UnusableInputError(sentence("programs.cycle_ends_first"))
    exists = session.scalar(
        select(Cycle.id).where(Cycle.program_id == program_id, Cycle.label == label)
    )
    if exists is not None:
        raise UnusableInputError(sentence("programs.cycle_taken", label=label))
    cycle = Cycle(program_id=program_id, label=label, starts_on=starts_on, ends_on=ends_on)
    session.add(cycle)
    session.flush()
    audit.record(session, "create", "cycle", cycle.id)
    return cycle.id


def ensure_program_cycle(
    session: Session,
    program_name: str,
    cycle_label: str,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    model: str | None = None,
    lang: str | None = None,
) -> CycleInfo:
    """Find or create the program, then create the cycle (the CLI's ``init``).

    ``model`` sets up a new program with that model's preset; an existing program set up
    with another model is refused (its model changes in Program settings)."""
    program = session.scalar(select(Program).where(Program.name == program_name.strip()))
    if program is None:
        program_id = create_program(session, program_name, model=model, lang=lang)
    else:
        program_id = program.id
        if model:
            from app.programs.presets import check_model

            wanted, known = check_model(model), str(program.settings.get("model") or "")
            if wanted != known:
                raise UnusableInputError(sentence("programs.model_differs", name=program.name))
    cycle_id = create_cycle(session, program_id, cycle_label, starts_on, ends_on)
    return get_cycle(session, cycle_id)


def get_cycle(session: Session, cycle_id: int) -> CycleInfo:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("programs.cycle_gone"))
    return _info(cycle)


def list_cycles(session: Session) -> list[CycleInfo]:
    """Every cycle of every program, newest program first, then by cycle start."""
    cycles = session.scalars(
        select(Cycle).join(Program).order_by(Program.name, Cycle.starts_on, Cycle.id)
    ).all()
    return [_info(c) for c in cycles]


def find_cycle(session: Session, label: str, program: str | None = None) -> CycleInfo:
    """The cycle called ``label`` (in ``program`` when several programs share the label)."""
    query = select(Cycle).join(Program).where(Cycle.label == label.strip())
    if program:
        query = query.where(Program.name == program.strip())
    found = session.scalars(query).all()
    if not found:
        raise NotFoundError(sentence("programs.no_such_cycle", label=label))
    if len(found) > 1:
        names = ", ".join(sorted(c.program.name for c in found))
        raise UnusableInputError(sentence("programs.cycle_ambiguous", label=label, names=names))
    return _info(found[0])


def resolve_role(ladder: tuple[str, ...] | list[str], role: str) -> str:
    """The ladder's spelling of ``role``; ``mentor``/``mentee`` work for two-rung ladders."""
    wanted = role.strip().casefold()
    for rung in ladder:
        if rung.casefold() == wanted:
            return rung
    if len(ladder) == 2 and wanted in ("mentor", "mentee"):
        return ladder[0] if wanted == "mentor" else ladder[1]
    raise UnusableInputError(sentence("programs.role_unknown", role=role, ladder=", ".join(ladder)))


def relations(ladder: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """(mentor role, mentee role) for each pair of adjacent rungs, most senior first."""
    return [(ladder[i], ladder[i + 1]) for i in range(len(ladder) - 1)]


def program_settings(session: Session, program_id: int) -> dict[str, object]:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("programs.program_gone"))
    return dict(program.settings)


@dataclass(frozen=True)
class CycleCounts:
    participants: int
    live_matches: int


def cycle_counts(session: Session, cycle_id: int) -> CycleCounts:
    """How big the cycle is: participants and live (not ended) matches."""
    from sqlalchemy import func

    from app.db.models import LIVE_MATCH_STATUSES, Match, Participant

    people = session.scalar(
        select(func.count()).select_from(Participant).where(Participant.cycle_id == cycle_id)
    )
    matches = session.scalar(
        select(func.count())
        .select_from(Match)
        .where(Match.cycle_id == cycle_id, Match.status.in_(LIVE_MATCH_STATUSES))
    )
    return CycleCounts(people or 0, matches or 0)
