"""The side bar's pages, as a registry other views add to (timeline, power map…).

Each entry names a page, its icon (a stem in resources/icons) and a factory that
builds the page (a ``ui.pages.base.Page``) from a ``WorkspaceContext``. The shell builds
pages lazily on first use, and a factory imports its page's module only then.
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


def _dashboard(ctx: WorkspaceContext) -> Page:
    from ui.pages.dashboard import DashboardPage

    return DashboardPage(ctx)


def _campaigns(ctx: WorkspaceContext) -> Page:
    from ui.pages.campaigns import CampaignsPage

    return CampaignsPage(ctx)


def _stakeholders(ctx: WorkspaceContext) -> Page:
    from ui.pages.stakeholders import StakeholdersPage

    return StakeholdersPage(ctx)


def _milestones(ctx: WorkspaceContext) -> Page:
    from ui.pages.milestones import MilestonesPage

    return MilestonesPage(ctx)


def _engagements(ctx: WorkspaceContext) -> Page:
    from ui.pages.engagements import EngagementsPage

    return EngagementsPage(ctx)


def _register_builtin() -> None:
    """The built-in pages; each page's module is imported when the page is first built,
    so that starting the app loads only the page it shows."""
    register_page(NavPage("dashboard", "Dashboard", "dashboard", _dashboard, 10))
    register_page(NavPage("campaigns", "Campaigns", "campaigns", _campaigns, 20))
    register_page(NavPage("stakeholders", "Stakeholders", "stakeholders", _stakeholders, 30))
    register_page(NavPage("milestones", "Milestones", "milestones", _milestones, 40))
    register_page(NavPage("engagements", "Engagements", "engagements", _engagements, 50))


_register_builtin()
