"""The cards that pages are laid out in: a grid on the scroll background, a titled card,
a card of text, a card with one big number (the dashboard and a campaign's overview).

A module of its own so that the dashboard, the first page of every start, lays out its
cards without importing the campaign workspace (its tabs, the forms they open).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def scrolled_grid(
    scroll: QScrollArea, margins: tuple[int, int, int, int], spacing: int
) -> QGridLayout:
    """The grid of cards ``scroll`` shows, on the scroll background, resizing with it."""
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    body.setObjectName("scrollBody")
    grid = QGridLayout(body)
    grid.setContentsMargins(*margins)
    grid.setHorizontalSpacing(spacing)
    grid.setVerticalSpacing(spacing)
    scroll.setWidget(body)
    return grid


def card_frame(
    title: str, *, margins: tuple[int, int, int, int] = (16, 14, 16, 14), spacing: int = 8
) -> tuple[QFrame, QVBoxLayout]:
    """A card: its title row (``card_head``), then what the caller adds to its box."""
    card = QFrame()
    card.setObjectName("card")
    box = QVBoxLayout(card)
    box.setContentsMargins(*margins)
    box.setSpacing(spacing)
    head = QHBoxLayout()
    caption = QLabel(title)
    caption.setObjectName("cardTitle")
    head.addWidget(caption, 1)
    box.addLayout(head)
    return card, box


def card_head(box: QVBoxLayout) -> QLayout:
    """The title row of a ``card_frame``'s box, for a button or a count beside the title."""
    item = box.itemAt(0)
    head = item.layout() if item is not None else None
    assert head is not None
    return head


def text_card(title: str, text: str) -> QFrame:
    card, box = card_frame(title)
    body = QLabel(text)
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    box.addWidget(body, 1)
    return card


def stat_card(value: str, caption: str) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    box = QVBoxLayout(card)
    box.setContentsMargins(16, 12, 16, 12)
    box.setSpacing(0)
    number = QLabel(value)
    number.setObjectName("statValue")
    text = QLabel(caption)
    text.setObjectName("statLabel")
    box.addWidget(number)
    box.addWidget(text)
    return card
