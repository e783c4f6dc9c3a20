"""A complaint over Arbejdsmarkedets Erhvervssikring's decision, within the weeks of
arbejdsskadesikringsloven § 44, stk. 2."""
from __future__ import annotations

from datetime import timedelta

from .. import localtime as lt
from ..tekst import count
from .deadline import Deadline, param, version
from .facts import Facts

ID = "klage-aes"
RULE = "arbskade-44"
WHO = "medarbejder"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    received = f.aes_afgoerelse_modtaget
    if received is None:
        return []
    r = version(RULE, received, "Klage over afgørelsen om arbejdsskade", notes)
    weeks = param(r, "weeks")
    return [Deadline(
        id=ID, who=WHO, unit="uger", rule=r, rule_date=received,
        start=lt.start_of_day(received), due=lt.end_of_day(received + timedelta(weeks=weeks)), end_of_day=True,
        title=f"Klag over afgørelsen om arbejdsskade inden {count(weeks, 'uge', 'uger')}",
        todo=(
            "Er du uenig i afgørelsen fra Arbejdsmarkedets Erhvervssikring, så klag. Send klagen til Arbejdsmarkedets "
            "Erhvervssikring; den ser på sagen igen og sender den videre til Ankestyrelsen. Din fagforening kan hjælpe."
        ),
        explanation=(
            f"Du kan klage til Ankestyrelsen inden {count(weeks, 'uge', 'uger')} efter, at du har modtaget afgørelsen (§ 44, stk. 2). "
            "Klagen sendes først til Arbejdsmarkedets Erhvervssikring (stk. 7). Ankestyrelsen kan se bort fra en "
            "overskridelse, når der er særlig grund (stk. 3)."
        ),
    )]
