"""Speaker briefs: one per person who holds a role, private to that person.

A brief carries the online passcode and the person's own travel, hotel and needs, so the
document for one person is built from that person's data alone (``services.briefs``):
the other people in a session appear only with their name, role and positions, as the
programme shows them. Every brief starts on a new page and numbers its own pages, so a
combined PDF can be printed and handed out brief by brief; split mode writes one file per
person, all of them or none.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from .. import i18n
from ..model import EventData, Person
from ..services import briefs as content
from ..services.files import publish_folder, staging_folder
from .base import CancelCheck, Cancelled, Document, Glyphs, Progress, Rendered
from .briefs_cache import FixFontCodes, share_font_subsets
from .briefs_layout import BriefWriter, W


@dataclass
class BriefOptions:
    paper: str = "a4"
    invariant: bool = False
    #: only this person's brief (their uid); None: everyone who holds a role
    person_uid: str | None = None
    lang: str = "en"


SAY = i18n.Words(
    en={
        "no_role": "person {uid} holds no role, so has no brief",
        "no_person": "no person with the id {uid} in this event",
        "still_held": "{name} has {status} but still holds a role in {sessions}",
        "declined": "declined",
        "cancelled": "cancelled",
        "nobody": "nobody holds a role in this event, so there are no briefs to print",
        "not_folder": "{folder} is a file, not a folder",
    },
    fr={
        "no_role": "la personne {uid} n’a aucun rôle, donc pas de note",
        "no_person": "aucune personne n’a l’identifiant {uid} dans cet événement",
        "still_held": "{name} ({status}) a toujours un rôle dans {sessions}",
        "declined": "a décliné",
        "cancelled": "s’est désisté",
        "nobody": "personne n’a de rôle dans cet événement : il n’y a donc aucune note à imprimer",
        "not_folder": "{folder} est un fichier, pas un dossier",
    },
)


def people_for(data: EventData, person_uid: str | None = None) -> list[Person]:
    """Who gets a brief; a uid names one person, who must hold a role."""
    people = content.people_with_roles(data)
    if person_uid is None:
        return people
    wanted = person_uid.strip().upper()
    chosen = [p for p in people if p.uid.upper() == wanted]
    if not chosen:
        if any(p.uid.upper() == wanted for p in data.people):
            raise ValueError(SAY.say("no_role", uid=person_uid))
        raise ValueError(SAY.say("no_person", uid=person_uid))
    return chosen


def _status_warnings(data: EventData, people: list[Person]) -> list[str]:
    """People who declined or cancelled but still hold a role: a brief would mislead."""
    out = []
    for p in people:
        if p.status in ("declined", "cancelled"):
            lang = i18n.messages_language()
            held = ", ".join(i18n.heading_of(s, lang) for s, _ in data.roles_of(p.id))
            status = SAY.say(p.status)
            out.append(SAY.say("still_held", name=p.full_name, status=status, sessions=held))
    return out


def _document(
    data: EventData,
    options: BriefOptions,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Document:
    return Document(
        title=data.event.title,
        paper=options.paper,
        lang=options.lang,
        invariant=options.invariant,
        subject=W("subject", options.lang),
        progress=progress,
        cancelled=cancelled,
    )


def render(
    data: EventData,
    options: BriefOptions | None = None,
    target: str | Path | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Rendered:
    """Every brief in one PDF, each starting on a new page."""
    options = options or BriefOptions()
    people = people_for(data, options.person_uid)
    if not people:
        raise ValueError(SAY.say("nobody"))
    glyphs = Glyphs()
    doc = _document(data, options, progress=progress, cancelled=cancelled)
    writer = BriefWriter(data, glyphs, options.lang)
    story: list[Flowable] = [FixFontCodes(writer.letters)]
    for n, person in enumerate(people):
        doc.check_cancel()
        if n:
            story.append(PageBreak())
        story.extend(writer.brief(person))
    pdf = doc.build(story, target)
    return Rendered(pdf, doc.page_count, _status_warnings(data, people) + glyphs.warnings)


@dataclass
class SplitResult:
    files: list[Path]
    pages: int
    warnings: list[str]


#: below this many briefs, starting worker processes costs more than it saves
PARALLEL_FROM = 60

# In a worker process: the event and options, received once when the worker starts.
_WORKER: dict[str, object] = {}


def _worker_start(data: EventData, options: BriefOptions) -> None:
    # A forked worker inherits the command line's SIGTERM handler, which raises: caught
    # inside the pool's own loop it would keep the worker alive and the stop would hang.
    # Stopping is the parent's job: it terminates the pool, and the default action ends us.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.clear()  # a forked worker must not inherit the writer of an earlier run
    _WORKER.update(data=data, options=options)
    share_font_subsets()  # a spawned worker starts without it


def _write_chunk(job: tuple[list[tuple[int, str]], str]) -> tuple[int, int, list[str]]:
    """Write the briefs of some people (id, file name) into ``folder``: (count, pages, warnings).

    One writer serves every chunk a worker takes, so the paragraphs it has laid out and
    drawn for earlier chunks are reused (a fresh writer per chunk laid them out again).
    Its warnings are cumulative; the caller keeps each one once.
    """
    chosen, folder = job
    data = _WORKER["data"]
    options = _WORKER["options"]
    assert isinstance(data, EventData) and isinstance(options, BriefOptions)
    writer = _WORKER.get("writer")
    if not isinstance(writer, BriefWriter):
        writer = _WORKER["writer"] = BriefWriter(data, Glyphs(), options.lang)
    pages = _write_briefs(
        data, options, [(data.person(pid), name) for pid, name in chosen], Path(folder), writer
    )
    return len(chosen), pages, writer.glyphs.warnings


def _write_briefs(
    data: EventData,
    options: BriefOptions,
    chosen: list[tuple[Person, str]],
    folder: Path,
    writer: BriefWriter,
    cancelled: CancelCheck | None = None,
    done: Callable[[], None] | None = None,
) -> int:
    pages = 0
    for person, name in chosen:  # the writer's shared paragraphs carry over between files
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled")
        doc = _document(data, options, cancelled=cancelled)
        doc.build([FixFontCodes(writer.letters), *writer.brief(person)], folder / name)
        pages += doc.page_count
        if done is not None:
            done()
    return pages


def _write_parallel(
    data: EventData,
    options: BriefOptions,
    chosen: list[tuple[Person, str]],
    folder: Path,
    workers: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[int, list[str]]:
    """The same files from several processes; Cancel stops them at once.

    Workers are forked when this process runs a single thread (the command line): they
    start at once with everything imported. The window calls this from a worker thread,
    and a fork of a threaded process may inherit a lock another thread holds, so there
    the workers are spawned (slower to start, always safe).
    """
    size = max(5, len(chosen) // (workers * 6))
    ids: list[tuple[int, str]] = []
    for p, name in chosen:
        assert p.id is not None  # a worker finds each person again by id: stored people only
        ids.append((p.id, name))
    jobs = [(ids[i : i + size], str(folder)) for i in range(0, len(ids), size)]
    fork = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = context.Pool(workers, initializer=_worker_start, initargs=(data, options))
    pages, warnings, written = 0, [], 0
    try:
        results = pool.imap_unordered(_write_chunk, jobs)
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled("cancelled")
            try:
                count, chunk_pages, chunk_warnings = results.next(timeout=0.1)
            except multiprocessing.TimeoutError:
                continue
            except StopIteration:
                break
            written += count
            pages += chunk_pages
            warnings += [w for w in chunk_warnings if w not in warnings]
            if progress is not None:
                progress(written, len(chosen))
        pool.close()
    finally:
        pool.terminate()
        pool.join()
    return pages, warnings


def render_split(
    data: EventData,
    folder: str | Path,
    options: BriefOptions | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    *,
    workers: int | None = None,
) -> SplitResult:
    """One PDF per person in ``folder``, named after them; all of them or none.

    The files are written into a hidden staging folder and moved in only once every
    brief is done, so a cancelled or failed run leaves ``folder`` as it was. A large
    event is shared among worker processes (``workers``: None picks one per CPU core for
    60 briefs or more, 1 keeps everything in this process).
    """
    options = options or BriefOptions()
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValueError(SAY.say("not_folder", folder=folder))
    people = people_for(data, options.person_uid)
    if not people:
        raise ValueError(SAY.say("nobody"))
    names = content.file_names(people)
    chosen = [(p, names[p.id]) for p in people]
    share_font_subsets()
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(people) >= PARALLEL_FROM else 1
    with staging_folder(folder) as tmp:
        if workers > 1:
            pages, warnings = _write_parallel(
                data, options, chosen, tmp, workers, progress, cancelled
            )
        else:
            glyphs = Glyphs()
            count = [0]

            def done() -> None:
                count[0] += 1
                if progress is not None:
                    progress(count[0], len(chosen))

            writer = BriefWriter(data, glyphs, options.lang)
            pages = _write_briefs(data, options, chosen, tmp, writer, cancelled, done)
            warnings = glyphs.warnings
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled")
        files = publish_folder(tmp, folder, [name for _person, name in chosen])
    return SplitResult(files, pages, _status_warnings(data, people) + warnings)


__all__ = [
    "BriefOptions",
    "SplitResult",
    "people_for",
    "render",
    "render_split",
]
