"""Campaign Planner core: domain, storage, services, exports. Never imports Qt."""

__version__ = "0.1.0"
