"""The forum's windows: the operator's page and the presenter screen."""

from app.ui.forum.controller import VIEWS, PresenterController
from app.ui.forum.page import ForumPage
from app.ui.forum.presenter import PresenterWindow

__all__ = ["VIEWS", "ForumPage", "PresenterController", "PresenterWindow"]
