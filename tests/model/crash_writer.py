"""Child process for the crash test: answers items one after another, reporting each answer once committed.

It imports omnibus once, then forks one writer per `go START` line read from stdin (so that fifty kills do not
cost fifty interpreter start-ups). Each writer opens the store, and sets item k % N to the value k for
k = START, START+1, …, printing `ok ITEM VALUE` after each commit. The test kills the writer with SIGKILL at a
random moment; this process reaps it and prints `dead`, so every `ok` line of a writer comes before its `dead`.
"""

from __future__ import annotations

import os
import sys

from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store, migrate


def write_forever(database: str, assessment_id: str, start: int) -> None:
    store = Store.open(database)
    service = AssessmentService(store, Catalogue(()), "crash-test")
    items = list(service.questionnaire(assessment_id).items)
    k = start
    while True:
        item_id = items[k % len(items)]
        service.set_answer(assessment_id, item_id, k)
        os.write(1, f"ok {item_id} {k}\n".encode())
        k += 1


def main() -> None:
    database, assessment_id = sys.argv[1], sys.argv[2]
    migrate.known_revisions()  # warm up once (reads the migration scripts), so each writer starts quickly
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(database, assessment_id, int(argument))
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, b"dead\n")


if __name__ == "__main__":
    main()
