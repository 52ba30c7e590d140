"""Running the content guard from a request handler without holding up the event loop."""

from __future__ import annotations

from collections.abc import Callable

from starlette.concurrency import run_in_threadpool

from bastion.core.types import Subject, Verdict

# A text this long is checked in a worker thread (RE2 lets go of the GIL while it matches), so a
# large or hostile text, up to a few hundred milliseconds of matching for a 10,000-character
# message built to keep the automata busy, does not hold up every other request. A shorter one is
# checked inline, where handing it to a thread would cost about as much as the check.
OFF_LOOP_CHARS = 4 * 1024


async def checked(guard: Callable[[Subject], Verdict], subject: Subject) -> Verdict:
    """`guard(subject)`, in a worker thread when the text is long."""
    if len(subject.text) >= OFF_LOOP_CHARS:
        return await run_in_threadpool(guard, subject)
    return guard(subject)
