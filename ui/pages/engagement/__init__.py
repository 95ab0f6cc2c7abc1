"""The Engagement page: contact statuses, timelines, follow-ups and the program calendar."""

from ui.pages.engagement.page import EngagementPage

__all__ = ["EngagementPage"]
