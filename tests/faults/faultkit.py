"""What the fault tests share: a small corpus, the CLI as a process, a store's content.

`content(db)` is what must survive any fault: the documents, their claims and
the incidents as a partition of events with their fields and estimates
(incident ids and update times left out: they number, they do not mean).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sitrep.store import Store
from sitrep.store.models import ClaimRow, Document, IncidentMember
from synth import generate

SITREP = [sys.executable, "-c", "from sitrep.cli import main; main()"]
INCIDENT_FIELDS = ("event_type", "sub_event_type", "event_date", "date_start", "date_end",
                   "location", "country", "estimates")  # fmt: skip


def write_corpus(path: Path, n: int, *, seed: int, size: int = 1200) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in generate(n, seed=seed, size=size):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def sitrep(*args: str, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    """The command line in a process of its own (what an operator runs)."""
    return subprocess.run([*SITREP, *args], capture_output=True, text=True, timeout=timeout, **kw)


def content(db: str) -> dict[str, Any]:
    with Store(db, readonly=True) as st:
        with st.read() as s:
            docs = sorted(s.scalars(select(Document.id).where(Document.status == "ok")))
            claims = sorted(
                s.execute(
                    select(
                        ClaimRow.doc_id,
                        ClaimRow.id,
                        ClaimRow.kind,
                        ClaimRow.low,
                        ClaimRow.high,
                        ClaimRow.certainty,
                    )  # fmt: skip
                ).all()
            )
            members: dict[int, set] = {}
            for inc, doc, ev in s.execute(
                select(IncidentMember.incident_id, IncidentMember.doc_id, IncidentMember.event_id)
            ):
                members.setdefault(inc, set()).add((doc, ev))
        incidents = sorted(
            (
                sorted(members.get(i["id"], ())),
                json.dumps({k: i.get(k) for k in INCIDENT_FIELDS}, sort_keys=True),
            )
            for i in st.incidents()
        )
        failed = st.counts()["failed"]
    return {"documents": docs, "claims": claims, "incidents": incidents, "failed": failed}


def differences(got: dict[str, Any], want: dict[str, Any]) -> dict[str, int]:
    """How many documents, claims and incidents differ (0 everywhere: the same store)."""
    out = {}
    for key in ("documents", "claims", "incidents"):
        a = {json.dumps(x, sort_keys=True, default=list) for x in got[key]}
        b = {json.dumps(x, sort_keys=True, default=list) for x in want[key]}
        out[key] = len(a ^ b)
    return out


def no_traceback(*outputs: str) -> None:
    for out in outputs:
        assert "Traceback" not in out, out
