"""Stock and flow (codebook §7.4): what remains cannot exceed what entered minus what went back.

Only estimates placed in one host country are compared: a corpus may hold several caseloads (soldiers in
Iraq, others in Cameroon), and returns placed in the country of origin are left out, which can only make
the check more lenient.

For each `remaining` estimate as of a date D, of the whole contingent or a part of it (officers): at most
the sum of the highest figures of the contingent's `entered` estimates ending by D entered, and at least
the largest lowest figure of its `returned` estimates ending by D had returned (returns only grow). When
the lowest figure that remains is above that difference by more than 5%, the estimates cannot all be true: the remaining
estimate and the ones it was compared with are `impossible`, with a note naming them. Estimates compared
and found possible are `consistent`; the rest `not_checked`.
"""

from __future__ import annotations

import pandas as pd

from pipeline.reconcile.figures import TOLERANCE
from pipeline.reconcile.questions import FAMILY

PARTS_OF_CONTINGENT = ("contingent", "officers")


def _day(value) -> str:
    return pd.Timestamp(value).date().isoformat()


def _compare(remaining: pd.Series, entered: pd.DataFrame, returned: pd.DataFrame) -> tuple[bool, str] | None:
    """(impossible, note) for one remaining estimate, or None when nothing can be compared."""
    end = remaining["period_end"]
    entries = entered[entered["period_end"] <= end]
    if pd.isna(end) or pd.isna(remaining["value_low"]) or entries.empty or entries["value_high"].isna().any():
        return None
    most_entered = int(entries["value_high"].sum())
    returns = returned[(returned["period_end"] <= end) & returned["value_low"].notna()]
    least_returned = int(returns["value_low"].max()) if len(returns) else 0
    room = most_entered - least_returned
    if int(remaining["value_low"]) <= room * (1 + TOLERANCE):  # 'around 3,000' may be 2,900
        return False, ""
    compared = ", ".join(sorted([*entries["estimate_id"], *returns["estimate_id"]]))
    return True, (f"at least {int(remaining['value_low']):,} remain as of {_day(end)}, but at most {most_entered:,} "
                  f"had entered and at least {least_returned:,} returned by then: at most {max(room, 0):,} can "
                  f"remain (compared with {compared})")


def with_stock_flow(estimates: pd.DataFrame, locations: pd.DataFrame) -> pd.DataFrame:
    """`estimates` with `stock_flow` and `stock_flow_note` set."""
    family = estimates["population"].map(FAMILY)
    country = estimates["location_id"].map(dict(zip(locations["location_id"], locations["country_code"])))
    verdict = dict.fromkeys(estimates["estimate_id"], "not_checked")
    notes: dict[str, str] = {}
    remaining = estimates[(estimates["status"] == "remaining") & family.isin(PARTS_OF_CONTINGENT) & country.notna()]
    for index, row in remaining.sort_values("estimate_id").iterrows():
        whole = estimates[(family == "contingent") & (country == country[index])]
        entered, returned = whole[whole["status"] == "entered"], whole[whole["status"] == "returned"]
        result = _compare(row, entered, returned)
        if result is None:
            continue
        impossible, note = result
        compared = [*entered.loc[entered["period_end"] <= row["period_end"], "estimate_id"],
                    *returned.loc[returned["period_end"] <= row["period_end"], "estimate_id"]]
        for estimate_id in [row["estimate_id"], *compared]:
            if impossible:
                verdict[estimate_id] = "impossible"
                notes.setdefault(estimate_id, note if estimate_id == row["estimate_id"]
                                 else f"cannot all be true with {row['estimate_id']}: {note}")
            elif verdict[estimate_id] == "not_checked":
                verdict[estimate_id] = "consistent"
    return estimates.assign(stock_flow=estimates["estimate_id"].map(verdict),
                            stock_flow_note=estimates["estimate_id"].map(notes))
