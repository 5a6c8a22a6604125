"""The side bar's pages, as a registry other views add to (timeline, power map…).

Each entry names a page, its icon (a stem in resources/icons) and a factory that
builds the page (a ``ui.pages.base.Page``) from a ``WorkspaceContext``. The shell builds
pages lazily on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ui.context import WorkspaceContext
from ui.pages.base import Page


@dataclass(frozen=True)
class NavPage:
    key: str
    title: str
    icon: str
    factory: Callable[[WorkspaceContext], Page]
    order: int = 100


NAV_PAGES: list[NavPage] = []


def register_page(page: NavPage) -> None:
    """Add (or replace, by key) a side-bar page; pages sort by ``order``."""
    NAV_PAGES[:] = [p for p in NAV_PAGES if p.key != page.key]
    NAV_PAGES.append(page)
    NAV_PAGES.sort(key=lambda p: p.order)


def _register_builtin() -> None:
    from ui.pages.campaigns import CampaignsPage
    from ui.pages.dashboard import DashboardPage
    from ui.pages.engagements import EngagementsPage
    from ui.pages.milestones import MilestonesPage
    from ui.pages.stakeholders import StakeholdersPage

    register_page(NavPage("dashboard", "Dashboard", "dashboard", DashboardPage, 10))
    register_page(NavPage("campaigns", "Campaigns", "campaigns", CampaignsPage, 20))
    register_page(NavPage("stakeholders", "Stakeholders", "stakeholders", StakeholdersPage, 30))
    register_page(NavPage("milestones", "Milestones", "milestones", MilestonesPage, 40))
    register_page(NavPage("engagements", "Engagements", "engagements", EngagementsPage, 50))


_register_builtin()
