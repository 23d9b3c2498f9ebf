"""One ingest at a time per store, and a document never saved without its merge.

The lock is taken by a second, real process; SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from techties.exceptions import RunAbort
from techties.interfaces import ingest as ingest_module
from techties.interfaces.ingest import run_ingest
from techties.model.loader import load_actors
from techties.store.store import Store

STORY = ("Rosatom to supply fuel for Chinese reactor\n"
         "MOSCOW, March 5, 2024 - Rosatom and China National Nuclear Corporation signed a contract "
         "on March 5, 2024 to supply nuclear fuel assemblies for the CFR-600 fast neutron reactor in Fujian.\n")
RETOLD = ("CNNC signs fuel deal with Russian state nuclear firm\n"
          "BEIJING, March 6, 2024 - China National Nuclear Corporation said on Wednesday it had agreed a "
          "contract with Rosatom for the delivery of reactor fuel to its CFR-600 fast reactor.\n")
# Holds the store's ingest lock until told to go on; before releasing it, saves the story
# given on its command line as an ingest would, so the waiting ingest must see it.
HOLDER = """
import sys
from techties.documents.clean import clean_document
from techties.documents.duplicates import NearDuplicateIndex
from techties.records import RawDocument
from techties.store.store import Store

url, story = sys.argv[1], sys.argv[2]
store = Store.open(url)
with store.ingest_lock(0):
    print("locked", flush=True)
    sys.stdin.readline()
    if story:
        doc = clean_document(RawDocument(source=story, text=open(story, encoding="utf-8").read()))
        store.save_document(doc, [], relevant=False, key=story,
                            signature=NearDuplicateIndex().signature(doc.text, doc.lang))
store.close()
"""


@pytest.fixture(params=["sqlite_url", "pg_url"])
def url(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.getfixturevalue(request.param)


class Holder:
    """A second process that holds the ingest lock until released."""

    def __init__(self, url: str, story: Path | None = None):
        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, url, str(story or "")],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        assert self.process.wait(timeout=30) == 0


def _store(url: str) -> Store:
    store = Store.open(url)
    store.sync_actors(load_actors())
    return store


def test_a_second_ingest_gives_up_clearly(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    monkeypatch.setenv("TECHTIES_LOCK_WAIT", "0.5")
    with _store(url) as store:
        holder = Holder(url)
        try:
            with pytest.raises(RunAbort, match="another ingest is writing to this store"):
                run_ingest([str(story)], store)
        finally:
            holder.release()
        assert run_ingest([str(story)], store).added == 1, "the lock is free again"


def test_a_second_ingest_waits_and_then_sees_the_first_ones_documents(url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(STORY, encoding="utf-8")
    second.write_text(STORY.replace("Fujian", "Fujian province"), encoding="utf-8")  # a near duplicate
    with _store(url) as store:
        holder = Holder(url, first)
        waited: list[bool] = []

        def on_wait() -> None:
            waited.append(True)
            holder.release()  # the first ingest saves its story and finishes

        report = run_ingest([str(second)], store, on_wait=on_wait)
        assert waited == [True]
        assert report.near_duplicates == 1 and report.events == 0, \
            "the near-duplicate index was read after the first ingest had finished"


def test_a_kill_before_merging_leaves_nothing_half_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "retold.txt").write_text(RETOLD, encoding="utf-8")

    def clusters(store: Store) -> dict[str, str | None]:
        with store.engine.connect() as conn:
            return dict(conn.execute(text("SELECT id, cluster_id FROM events")).all())

    with _store(f"sqlite:///{tmp_path / 'clean.sqlite'}") as clean:
        run_ingest([str(tmp_path / "a"), str(tmp_path / "b")], clean)
        expected = clusters(clean)
    assert any(expected.values()), "the two stories are one happening"

    with _store(f"sqlite:///{tmp_path / 'killed.sqlite'}") as store:
        run_ingest([str(tmp_path / "a")], store)

        def killed(*args: object, **kwargs: object) -> int:
            raise KeyboardInterrupt  # the process dies before merging the saved document

        with monkeypatch.context() as patched:  # batched, and one document at a time
            patched.setattr(ingest_module, "merge_in_order", killed)
            patched.setattr(ingest_module, "merge_new", killed)
            with pytest.raises(KeyboardInterrupt):
                run_ingest([str(tmp_path / "b")], store)
            with pytest.raises(KeyboardInterrupt):
                run_ingest([str(tmp_path / "b")], store, batch_size=1)
        resumed = run_ingest([str(tmp_path / "b")], store)
        assert resumed.added == 1 and resumed.skipped == 0
        assert clusters(store) == expected


def test_processes_opening_a_new_store_at_once_all_succeed(url: str) -> None:
    opener = "import sys; from techties.store.store import Store; Store.open(sys.argv[1]).close()"
    processes = [subprocess.Popen([sys.executable, "-c", opener, url], stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    errors = [p.communicate(timeout=60)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], errors


def test_a_store_whose_lock_file_cannot_be_made_is_still_read(tmp_path: Path) -> None:
    """As in a read-only folder: reading needs no lock; ingesting says which file it lacks."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    Store.open(url).close()
    for suffix in (".migrate-lock", ".ingest-lock"):
        lock = tmp_path / f"store.sqlite{suffix}"
        lock.unlink(missing_ok=True)
        lock.mkdir()  # cannot be opened as a file, even by root
    with Store.open(url) as store:
        assert store.stats()["documents"] == 0
        with pytest.raises(RunAbort, match="cannot create the lock file"):
            run_ingest([str(tmp_path)], store)
