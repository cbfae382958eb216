"""What each demo screenshot shows: the data of the pictures demo_images.py draws.

Kept apart from the drawing so that the story (demo_story.py) reads as content, not as code.
"""

from __future__ import annotations

from dataclasses import dataclass

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Bubble:
    text: str
    time: str
    mine: bool = False


@dataclass(frozen=True)
class ChatShot:
    """A phone screenshot of a conversation. app: telegram, whatsapp, instagram or sms."""

    app: str
    contact: str
    status: str
    day: str
    bubbles: tuple[Bubble, ...]
    clock: str


@dataclass(frozen=True)
class Comment:
    author: str
    text: str
    age: str


@dataclass(frozen=True)
class CommentsShot:
    """A Facebook-style post and the comments under it."""

    page: str
    post: str
    age: str
    comments: tuple[Comment, ...]


@dataclass(frozen=True)
class Post:
    name: str
    handle: str
    text: str
    age: str
    counts: tuple[int, int, int]  # replies, reposts, likes


@dataclass(frozen=True)
class FeedShot:
    """An X-style search result: posts from many accounts."""

    query: str
    posts: tuple[Post, ...]


@dataclass(frozen=True)
class ProfileShot:
    """An Instagram-style profile page (a fake one, in the story)."""

    handle: str
    name: str
    bio: tuple[str, ...]
    counts: tuple[str, str, str]  # posts, followers, following


@dataclass(frozen=True)
class ArticleShot:
    """The top of a news article in a browser."""

    outlet: str
    colour: Colour
    domain: str
    section: str
    headline: str
    byline: str
    lead: str


Picture = ChatShot | CommentsShot | FeedShot | ProfileShot | ArticleShot
