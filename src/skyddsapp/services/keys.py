"""Use cases for the key registry: key sets, issues and returns (through their receipts), losses,
lock changes and the fullmakter agents act under.

Handing keys out or taking them back is done by making the receipt (`documents.generate` with
the form nyckelkvittens_utlamning or _aterlamning): the receipt is filled from the registry and
the registry records the event in the same transaction (`record_from_document`). So no receipt
exists that the registry does not know, and no agent collects keys without a valid fullmakt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from skyddsapp.domain.attorney import AttorneyScope, PowerOfAttorneyRecord, check_power
from skyddsapp.domain.case import CaseEvent, EventKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_reason
from skyddsapp.domain.key_registry import (
    KeyEvent,
    KeyEventKind,
    KeyItem,
    KeyMovement,
    KeyRegister,
    LockChangeReason,
    LockChangeTask,
    check_new_key_set,
    key_set_rows,
    movements_for_return,
    rows_after_lock_change,
)
from skyddsapp.domain.key_rows import MAX_SYSTEM, parse_key_rows
from skyddsapp.domain.paperwork.keys import KeyHandover, KeyReturn, lock_change_blocks
from skyddsapp.domain.paperwork.lock_change import LockChange
from skyddsapp.domain.paperwork.power_of_attorney import PowerOfAttorney
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.text import Text
from skyddsapp.services import history
from skyddsapp.services.case_files import case_file
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import apartments_repository, cases_repository, keys_repository
from skyddsapp.vault.audit import utc_now

ISSUE_FORM = "nyckelkvittens_utlamning"
RETURN_FORM = "nyckelkvittens_aterlamning"
LOCK_CHANGE_FORM = "lasbyte"
POWER_FORM = "fullmakt"
REGISTRY_FORMS = frozenset({ISSUE_FORM, RETURN_FORM, LOCK_CHANGE_FORM, POWER_FORM})
MAX_NOTE = 300


@dataclass(frozen=True)
class CaseKeys:
    """Nycklar: the registry of the case's flats and the case's fullmakter."""

    case_id: int
    apartment_ids: tuple[int, ...]
    register: KeyRegister
    blocks: dict[int, list[str]]
    """Flat id → why no key to it may be handed out now (empty: keys may go out)."""


def _flats(session: Session, case_id: int) -> tuple[int, ...]:
    case = cases_repository.get(session.conn, case_id)
    if case is None:
        raise NotFound("Ärendet", case_id)
    return tuple(case.apartment_ids)


def case_keys(session: Session, case_id: int) -> CaseKeys:
    """The registry of the case's flats, and what stops a handover of each."""
    return _keys_of(case_file(session, case_id))


def case_keys_of(session: Session, file: CaseFile) -> CaseKeys:
    """As `case_keys`, for a case whose persons, flats and leases the caller has read already
    (the case view's data): only the registry is read here."""
    case_id = file.case.id
    assert case_id is not None
    session.require_case(case_id)
    register = keys_repository.register(session.conn, case_id, file.case.apartment_ids)
    return _keys_of(replace(file, keys=register))


def _keys_of(file: CaseFile) -> CaseKeys:
    assert file.case.id is not None
    flats = tuple(file.case.apartment_ids)
    blocks = {flat: lock_change_blocks(file, flat) for flat in flats}
    return CaseKeys(file.case.id, flats, file.keys, blocks)


def _flat_of_case(session: Session, case_id: int, apartment_id: int) -> None:
    session.require_case(case_id)
    if apartment_id not in _flats(session, case_id):
        raise ValidationError.single("flat", "Lägenheten hör inte till ärendet.")


def _party_ids(session: Session, case_id: int, *roles: CaseRole) -> set[int]:
    case = cases_repository.get(session.conn, case_id)
    assert case is not None
    return {p.person_id for p in case.parties if not roles or p.role in roles}


def _event(session: Session, case_id: int, text: str) -> None:
    """A line in the case's timeline (Händelser), inside the caller's transaction."""
    event = CaseEvent(session.today(), EventKind.KEYS, text, session.user_name)
    cases_repository.add_event(session.conn, case_id, event)


def _flat_number(session: Session, apartment_id: int) -> str:
    apartment = apartments_repository.get(session.conn, apartment_id)
    return apartment.object_number if apartment else str(apartment_id)


# --- the key set ---------------------------------------------------------------------------------


def register_key_set(
    session: Session,
    case_id: int,
    apartment_id: int,
    rows: object,
    *,
    held_by: int | None = None,
) -> list[KeyItem]:
    """Record or correct a flat's key set. ``held_by``: a party of the case who holds all the
    new keys already (a tenant who got them before the registry); none: they are at the office.

    Refused (ValidationError, nothing stored) when a row is bad or a sort that is out or lost
    would disappear or shrink below that.
    """
    session.require_write()
    _flat_of_case(session, case_id, apartment_id)
    parsed = key_set_rows(rows)
    register = keys_repository.register(session.conn, case_id, [apartment_id])
    pairs = check_new_key_set(register, apartment_id, parsed)
    if held_by is not None and held_by not in _party_ids(
        session, case_id, CaseRole.CLIENT, CaseRole.CO_TENANT
    ):
        raise ValidationError.single(
            "held_by", "Nycklarna kan bara stå hos klienten eller en medhyresgäst i ärendet."
        )
    conn, now, today = session.conn, utc_now(), session.today()
    with session.vault.transaction() as audit:
        kept: set[int] = set()
        new_moves: list[KeyMovement] = []
        for item, row in pairs:
            if item is None:
                item_id = keys_repository.insert_item(conn, apartment_id, row, now)
                new_moves.append(KeyMovement(item_id, row.count))
            else:
                assert item.id is not None
                kept.add(item.id)
                if item.count != row.count:
                    keys_repository.set_item_count(conn, item.id, row.count, now)
                    if row.count > item.count:
                        new_moves.append(KeyMovement(item.id, row.count - item.count))
        gone = [i.id for i in register.items_of(apartment_id) if i.id is not None]
        keys_repository.retire_items(conn, [i for i in gone if i not in kept], today, now)
        if held_by is not None and new_moves:
            keys_repository.insert_event(
                conn,
                KeyEvent(
                    None,
                    apartment_id,
                    case_id,
                    KeyEventKind.ISSUE,
                    today,
                    held_by,
                    tuple(new_moves),
                    holder_id=held_by,
                    note="Registrerat i efterhand: nycklarna fanns redan hos hyresgästen.",
                    recorded_by=session.user_name,
                ),
                now,
            )
        _event(
            session,
            case_id,
            Text(
                "Nyckeluppsättning registrerad för lägenhet {0}.",
                _flat_number(session, apartment_id),
            ),
        )
        audit.append(
            session.user_name,
            "keys.register",
            "apartment",
            apartment_id,
            details=f"case {case_id}; {len(parsed)} rows" + ("; held by tenant" if held_by else ""),
        )
    return keys_repository.active_items(conn, [apartment_id])


# --- losses and lock changes ---------------------------------------------------------------------


def report_loss(
    session: Session,
    case_id: int,
    apartment_id: int,
    holder_id: int,
    on_date: dt.date,
    rows: object,
    note: str,
) -> LockChangeTask:
    """Record keys a holder has lost; a lock change becomes required (returned)."""
    session.require_write()
    _flat_of_case(session, case_id, apartment_id)
    errors: list[FieldError] = []
    note = clean_line(
        note,
        field="note",
        label="Beskrivningen",
        errors=errors,
        max_length=MAX_NOTE,
        required=False,
    )
    if on_date > session.today():
        errors.append(FieldError("date", "Förlusten kan inte ha skett ett datum i framtiden."))
    parsed = parse_key_rows(rows, errors)
    register = keys_repository.register(session.conn, case_id, [apartment_id])
    moves: tuple[KeyMovement, ...] = ()
    if not errors:
        moves = movements_for_return(register, apartment_id, holder_id, parsed, errors)
    raise_if_errors(errors)
    event = KeyEvent(
        None,
        apartment_id,
        case_id,
        KeyEventKind.LOSS,
        on_date,
        holder_id,
        moves,
        holder_id=holder_id,
        note=note,
        recorded_by=session.user_name,
    )
    with session.vault.transaction() as audit:
        event_id = keys_repository.insert_event(session.conn, event, utc_now())
        task = _require_lock_change(session, case_id, apartment_id, LockChangeReason.MISSING_KEY)
        _event(
            session,
            case_id,
            Text(
                "Förlorade nycklar anmälda för lägenhet {0}; låset måste bytas.",
                _flat_number(session, apartment_id),
            ),
        )
        audit.append(
            session.user_name, "keys.loss", "apartment", apartment_id, details=f"event {event_id}"
        )
    return task


def require_lock_change(
    session: Session, case_id: int, apartment_id: int, reason: LockChangeReason, detail: str
) -> LockChangeTask:
    """Record that the lock must be changed (e.g. the perpetrator may hold keys); until it is
    done no key to the flat is handed out."""
    session.require_write()
    _flat_of_case(session, case_id, apartment_id)
    errors: list[FieldError] = []
    detail = clean_line(
        detail,
        field="detail",
        label="Beskrivningen",
        errors=errors,
        max_length=MAX_NOTE,
        required=False,
    )
    if reason is LockChangeReason.OTHER and not detail:
        errors.append(FieldError("detail", "Beskriv skälet när du väljer Annat skäl."))
    raise_if_errors(errors)
    with session.vault.transaction() as audit:
        task = _require_lock_change(session, case_id, apartment_id, reason, detail)
        _event(
            session,
            case_id,
            Text(
                "Låsbyte krävs för lägenhet {0}: {1}",
                _flat_number(session, apartment_id),
                reason.label,
            ),
        )
        audit.append(
            session.user_name,
            "keys.lock_change_required",
            "apartment",
            apartment_id,
            details=f"{reason.value}; task {task.id}",
        )
    return task


def _require_lock_change(
    session: Session,
    case_id: int,
    apartment_id: int,
    reason: LockChangeReason,
    detail: str = "",
) -> LockChangeTask:
    """The flat's open lock change, or a new one (inside the caller's transaction)."""
    register = keys_repository.register(session.conn, case_id, [apartment_id])
    open_tasks = register.open_lock_changes(apartment_id)
    if open_tasks:
        return open_tasks[0]
    task = LockChangeTask(None, apartment_id, case_id, reason, detail, session.today())
    task_id = keys_repository.insert_lock_change(session.conn, task, session.user_name, utc_now())
    found = keys_repository.lock_change(session.conn, task_id)
    assert found is not None
    return found


def complete_lock_change(
    session: Session, task_id: int, done_on: dt.date, new_series: str
) -> LockChangeTask:
    """The lock has been changed: the old keys open nothing any more and the flat's key set
    becomes the same sorts and counts in ``new_series`` (its key series changes too)."""
    session.require_write()
    conn = session.conn
    task = keys_repository.lock_change(conn, task_id)
    if task is None:
        raise NotFound("Låsbytet", task_id)
    session.require_case(task.case_id)
    errors: list[FieldError] = []
    series = clean_line(
        new_series, field="new_series", label="Ny nyckelserie", errors=errors, max_length=MAX_SYSTEM
    )
    if not series:
        errors.append(FieldError("new_series", "Ange den nya nyckelserien."))
    if not task.is_open:
        errors.append(FieldError("done_on", "Låsbytet är redan registrerat som utfört."))
    if done_on > session.today():
        errors.append(FieldError("done_on", "Ett låsbyte kan inte vara utfört i framtiden."))
    elif done_on < task.required_on:
        errors.append(
            FieldError(
                "done_on",
                Text(
                    "Datumet kan inte ligga före dagen då låsbytet krävdes ({0}).",
                    task.required_on.isoformat(),
                ),
            )
        )
    register = keys_repository.register(conn, task.case_id, [task.apartment_id])
    old = register.items_of(task.apartment_id)
    if series and any(item.series == series for item in old):
        errors.append(FieldError("new_series", "Den nya nyckelserien är densamma som den gamla."))
    raise_if_errors(errors)
    apartment = apartments_repository.get(conn, task.apartment_id)
    assert apartment is not None
    now = utc_now()
    with session.vault.transaction() as audit:
        keys_repository.retire_items(conn, [i.id for i in old if i.id is not None], done_on, now)
        for row in rows_after_lock_change(old, series):
            keys_repository.insert_item(conn, task.apartment_id, row, now)
        done = LockChangeTask(
            task.id,
            task.apartment_id,
            task.case_id,
            task.reason,
            task.detail,
            task.required_on,
            task.ordered_on,
            task.order_document_id,
            done_on,
            series,
        )
        keys_repository.update_lock_change(conn, done, now)
        changed = replace(apartment, key_series=series)
        apartments_repository.update(conn, changed, now)
        history.note(session, changed, "apartment.lock_change", before=apartment)
        _event(
            session,
            task.case_id,
            Text(
                "Låset bytt i lägenhet {0} {1}; ny nyckelserie {2}.",
                apartment.object_number,
                done_on.isoformat(),
                series,
            ),
        )
        audit.append(
            session.user_name,
            "keys.lock_change_done",
            "apartment",
            task.apartment_id,
            details=f"task {task_id}; done {done_on.isoformat()}",
        )
    return done


# --- powers of attorney --------------------------------------------------------------------------


def record_power_of_attorney(
    session: Session,
    case_id: int,
    agent_id: int,
    scopes: Sequence[AttorneyScope],
    valid_from: dt.date,
    valid_until: dt.date,
) -> PowerOfAttorneyRecord:
    """Register a signed fullmakt received on paper (the handler has seen the original)."""
    session.require_write()
    session.require_case(case_id)
    case = cases_repository.get(session.conn, case_id)
    assert case is not None
    clients = case.person_ids(CaseRole.CLIENT)
    power = check_power(
        PowerOfAttorneyRecord(
            None,
            case_id,
            clients[0] if clients else 0,
            agent_id,
            tuple(scopes),
            valid_from,
            valid_until,
            signed=True,
        ),
        agents=case.person_ids(CaseRole.AGENT),
        today=session.today(),
    )
    with session.vault.transaction() as audit:
        power_id = keys_repository.insert_power(session.conn, power, session.user_name, utc_now())
        _event(
            session,
            case_id,
            Text(
                "Fullmakt på papper registrerad, giltig till och med {0}.", valid_until.isoformat()
            ),
        )
        audit.append(
            session.user_name,
            "keys.power_of_attorney",
            "case",
            case_id,
            details=f"fullmakt {power_id}; until {valid_until.isoformat()}",
        )
    return _power(session, case_id, power_id)


def revoke_power_of_attorney(
    session: Session, case_id: int, power_id: int, reason: str
) -> PowerOfAttorneyRecord:
    """The principal revoked the fullmakt: from today it cannot be used."""
    session.require_write()
    session.require_case(case_id)
    reason = clean_reason(reason, field="reason", label="Skälet")
    if not reason:
        raise ValidationError.single("reason", "Ange varför fullmakten återkallas.")
    power = _power(session, case_id, power_id)
    if power.revoked_on is not None:
        raise ValidationError.single("reason", "Fullmakten är redan återkallad.")
    with session.vault.transaction() as audit:
        keys_repository.revoke_power(session.conn, power_id, session.today())
        _event(session, case_id, "Fullmakt återkallad.")
        audit.append(
            session.user_name,
            "keys.power_of_attorney_revoke",
            "case",
            case_id,
            reason=reason,
            details=f"fullmakt {power_id}",
        )
    return _power(session, case_id, power_id)


def _power(session: Session, case_id: int, power_id: int) -> PowerOfAttorneyRecord:
    powers = keys_repository.powers(session.conn, case_id)
    found = next((p for p in powers if p.id == power_id), None)
    if found is None:
        raise NotFound("Fullmakten", power_id)
    return found


# --- receipts and orders (called by documents.generate, inside its transaction) -----------------


def record_from_document(
    session: Session, case_id: int, form_id: str, options: Any, document_id: int
) -> None:
    """What a receipt, an order or a fullmakt made as a document means for the registry."""
    conn, now, by = session.conn, utc_now(), session.user_name
    if form_id == ISSUE_FORM:
        assert isinstance(options, KeyHandover)
        _record_handover(session, case_id, options, document_id)
    elif form_id == RETURN_FORM:
        assert isinstance(options, KeyReturn)
        _record_return(session, case_id, options, document_id)
    elif form_id == LOCK_CHANGE_FORM:
        assert isinstance(options, LockChange)
        apartment_id = options.apartment.id
        assert apartment_id is not None
        task = _require_lock_change(session, case_id, apartment_id, options.reason, options.detail)
        if task.is_open:
            ordered = LockChangeTask(
                task.id,
                task.apartment_id,
                task.case_id,
                task.reason,
                task.detail,
                task.required_on,
                options.ordered_on,
                document_id,
            )
            keys_repository.update_lock_change(conn, ordered, now)
    elif form_id == POWER_FORM:
        assert isinstance(options, PowerOfAttorney)
        keys_repository.insert_power(
            conn,
            PowerOfAttorneyRecord(
                None,
                case_id,
                options.principal_id,
                options.agent_id,
                options.scopes,
                options.valid_from,
                options.valid_until,
                signed=False,
                document_id=document_id,
            ),
            by,
            now,
        )


def _record_handover(
    session: Session, case_id: int, options: KeyHandover, document_id: int
) -> None:
    apartment_id = options.apartment.id
    assert apartment_id is not None
    keys_repository.insert_event(
        session.conn,
        KeyEvent(
            None,
            apartment_id,
            case_id,
            KeyEventKind.ISSUE,
            options.date,
            options.person_id,
            options.movements,
            holder_id=options.holder_id,
            by_agent=options.by_agent,
            power_of_attorney_id=options.power.id if options.power else None,
            id_kind=options.id_kind,
            document_id=document_id,
            recorded_by=session.user_name,
        ),
        utc_now(),
    )


def _record_return(session: Session, case_id: int, options: KeyReturn, document_id: int) -> None:
    apartment_id = options.apartment.id
    assert apartment_id is not None
    conn, now = session.conn, utc_now()
    parts = ((KeyEventKind.RETURN, options.movements), (KeyEventKind.LOSS, options.lost))
    for kind, moves in parts:
        if not moves:
            continue
        keys_repository.insert_event(
            conn,
            KeyEvent(
                None,
                apartment_id,
                case_id,
                kind,
                options.date,
                options.person_id,
                moves,
                holder_id=options.holder_id,
                by_agent=options.by_agent,
                power_of_attorney_id=options.power.id if options.power else None,
                id_kind=options.id_kind if kind is KeyEventKind.RETURN else None,
                note=options.missing[:MAX_NOTE] if kind is KeyEventKind.LOSS else "",
                document_id=document_id,
                recorded_by=session.user_name,
            ),
            now,
        )
    if options.lost or not options.all_returned:
        _require_lock_change(session, case_id, apartment_id, LockChangeReason.MISSING_KEY)
    elif options.lock_change_needed:
        _require_lock_change(session, case_id, apartment_id, LockChangeReason.UNAUTHORISED_KEYS)
