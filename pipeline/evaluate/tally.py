"""Recall, precision, F1 and per-field accuracy of one kind of row (counts, statements, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    gold: int = 0  # required annotations
    found: int = 0  # required annotations matched
    pred: int = 0  # predictions that count (optional readings excluded)
    pred_ok: int = 0  # predictions matched to an annotation
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, checked]

    def field(self, name: str, right: bool) -> None:
        counts = self.fields.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def precision(self) -> float:
        return self.pred_ok / self.pred if self.pred else 1.0

    def f1(self) -> float:
        precision, recall = self.precision(), self.recall()
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def line(self, label: str) -> str:
        fields = " ".join(f"{name}={right}/{checked}" for name, (right, checked) in self.fields.items())
        return (f"{label}: recall {self.found}/{self.gold}={self.recall():.2f} "
                f"precision {self.pred_ok}/{self.pred}={self.precision():.2f} "
                f"f1 {self.f1():.2f}  {fields}")

    def as_dict(self) -> dict:
        return {"recall": self.recall(), "precision": self.precision(), "f1": self.f1(), "fields": self.fields}
