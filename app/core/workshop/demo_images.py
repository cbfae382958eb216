"""Pictures for the demo vault that look like what people actually screenshot: a messenger chat, a
comment thread, a feed of posts, a profile page, a news article. Drawn with Pillow from invented
names, in the bundled Noto Sans (Azerbaijani and Cyrillic letters), so nothing real is shown.

Deterministic: the same spec always gives the same PNG bytes, so a rebuilt demo has the same
evidence hashes. Colours of avatars come from crc32 of the name, never from Python's salted hash().
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from app.core.workshop.demo_pictures import (ArticleShot, Bubble, ChatShot, Colour, Comment, CommentsShot, FeedShot,
                                             Picture, Post, ProfileShot)
from app.resources import resource_dir

WIDTH = 640
PHONE_HEIGHT = 1136  # a 640 x 1136 phone screen: the size of a real screenshot
_AVATAR_COLOURS: tuple[Colour, ...] = ((229, 115, 115), (240, 98, 146), (186, 104, 200), (121, 134, 203),
                                       (79, 195, 247), (77, 182, 172), (129, 199, 132), (255, 183, 77),
                                       (161, 136, 127), (144, 164, 174))
_GREY: Colour = (110, 118, 125)
_INK: Colour = (20, 24, 28)


@lru_cache(maxsize=16)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(resource_dir() / "fonts" / name), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of at most `width` pixels, broken between words (the text's own line breaks kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and font.getlength(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _line_height(font: ImageFont.FreeTypeFont) -> int:
    return int(font.size * 1.38)


def _initials(name: str) -> str:
    words = [w for w in name.replace("_", " ").replace(".", " ").lstrip("@+").split() if w[:1].isalpha()]
    letters = "".join(w[0] for w in words[:2]) or name.strip("@+")[:1] or "?"
    return letters.upper()


def avatar_colour(name: str) -> Colour:
    return _AVATAR_COLOURS[zlib.crc32(name.encode("utf-8")) % len(_AVATAR_COLOURS)]


def _avatar(draw: ImageDraw.ImageDraw, x: int, y: int, size: int, name: str) -> None:
    if name.startswith("+"):  # a number not in the contacts: the grey silhouette messengers show
        draw.ellipse((x, y, x + size, y + size), fill=(196, 202, 208))
        draw.ellipse((x + size * 0.33, y + size * 0.18, x + size * 0.67, y + size * 0.52), fill=(255, 255, 255))
        draw.chord((x + size * 0.18, y + size * 0.6, x + size * 0.82, y + size * 1.1), 180, 360, fill=(255, 255, 255))
        return
    draw.ellipse((x, y, x + size, y + size), fill=avatar_colour(name))
    draw.text((x + size / 2, y + size / 2), _initials(name), fill=(255, 255, 255),
              font=_font(int(size * 0.4), bold=True), anchor="mm")


def _status_bar(draw: ImageDraw.ImageDraw, clock: str, dark: bool = False) -> None:
    ink = (255, 255, 255) if dark else _INK
    draw.text((28, 20), clock, fill=ink, font=_font(20, bold=True), anchor="lm")
    for n in range(4):  # signal strength
        draw.rectangle((496 + n * 9, 28 - 4 * n, 502 + n * 9, 30), fill=ink)
    draw.rounded_rectangle((548, 12, 596, 30), 5, outline=ink, width=2)
    draw.rounded_rectangle((552, 16, 582, 26), 2, fill=ink)
    draw.rectangle((598, 17, 601, 25), fill=ink)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=6)
    return out.getvalue()


# --- chats ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _ChatStyle:
    bar: Colour
    back: Colour
    theirs: Colour
    mine: Colour
    accent: Colour  # the send button
    light_bar: bool = False  # dark text on a light title bar
    light_mine: bool = False  # white text in one's own bubbles
    placeholder: str = "Message"


_WHITE: Colour = (255, 255, 255)
_CHAT_STYLES = {
    "telegram": _ChatStyle((81, 125, 162), (206, 221, 186), _WHITE, (225, 250, 200), (81, 125, 162)),
    "whatsapp": _ChatStyle((0, 128, 105), (236, 229, 221), _WHITE, (217, 253, 211), (0, 168, 132)),
    "instagram": _ChatStyle(_WHITE, _WHITE, (239, 239, 239), (55, 151, 240), (55, 151, 240), True, True,
                            "Message…"),
    "sms": _ChatStyle((247, 247, 247), _WHITE, (233, 233, 235), (52, 199, 89), (55, 151, 240), True, True,
                      "Text Message"),
}


def _chat_header(draw: ImageDraw.ImageDraw, shot: ChatShot, style: _ChatStyle) -> int:
    draw.rectangle((0, 0, WIDTH, 140), fill=style.bar)
    _status_bar(draw, shot.clock, dark=not style.light_bar)
    ink = _INK if style.light_bar else _WHITE
    draw.line(((36, 78), (24, 92), (36, 106)), fill=ink, width=4, joint="curve")  # back arrow
    _avatar(draw, 56, 64, 56, shot.contact)
    draw.text((128, 74), shot.contact, fill=ink, font=_font(25, bold=True))
    draw.text((128, 106), shot.status, fill=_GREY if style.light_bar else (200, 220, 235), font=_font(19))
    for n in range(3):  # the menu's three dots
        draw.ellipse((604, 80 + n * 11, 611, 87 + n * 11), fill=ink)
    if style.light_bar:
        draw.line((0, 140, WIDTH, 140), fill=(222, 222, 222), width=1)
    return 140


def _bubble_size(bubble: Bubble) -> tuple[list[str], int, int]:
    font = _font(23)
    lines = _wrap(bubble.text, font, 400)
    text_width = max(int(font.getlength(line)) for line in lines)
    time_width = int(_font(16).getlength(bubble.time)) + (26 if bubble.mine else 0)
    last_width = int(font.getlength(lines[-1]))
    # The time sits on the last line when it fits beside it, as messengers do; else on its own line.
    own_line = last_width + time_width + 16 > 400
    width = max(text_width, last_width + time_width + 16 if not own_line else time_width) + 32
    height = len(lines) * _line_height(font) + (22 if own_line else 0) + 20
    return lines, width, height


def _ticks(draw: ImageDraw.ImageDraw, x: int, y: int, colour: Colour) -> None:
    """The two read ticks after one's own message (drawn: the fonts have no check mark)."""
    for dx in (0, 7):
        draw.line(((x + dx, y + 6), (x + dx + 4, y + 10), (x + dx + 12, y)), fill=colour, width=2)


def _draw_bubble(draw: ImageDraw.ImageDraw, bubble: Bubble, y: int, style: _ChatStyle) -> int:
    lines, width, height = _bubble_size(bubble)
    x = WIDTH - width - 20 if bubble.mine else 20
    draw.rounded_rectangle((x, y, x + width, y + height), 18, fill=style.mine if bubble.mine else style.theirs)
    white_text = bubble.mine and style.light_mine
    font = _font(23)
    for n, line in enumerate(lines):
        draw.text((x + 16, y + 9 + n * _line_height(font)), line, fill=_WHITE if white_text else _INK, font=font)
    time_colour = (225, 240, 255) if white_text else (140, 148, 140)
    right = x + width - 14 - (24 if bubble.mine else 0)
    draw.text((right, y + height - 10), bubble.time, fill=time_colour, font=_font(16), anchor="rs")
    if bubble.mine:
        _ticks(draw, right + 5, y + height - 22, time_colour if white_text else (79, 174, 78))
    return y + height + 10


def _chat(shot: ChatShot) -> Image.Image:
    style = _CHAT_STYLES[shot.app]
    image = Image.new("RGB", (WIDTH, PHONE_HEIGHT), style.back)
    draw = ImageDraw.Draw(image)
    y = _chat_header(draw, shot, style) + 24
    chip_width = int(_font(18).getlength(shot.day)) + 28
    on_picture = shot.app == "telegram"  # Telegram's date floats on the wallpaper, darker than it
    draw.rounded_rectangle(((WIDTH - chip_width) // 2, y, (WIDTH + chip_width) // 2, y + 32), 16,
                           fill=tuple(c // 2 + 60 for c in style.back) if on_picture else (225, 232, 236))
    draw.text((WIDTH // 2, y + 16), shot.day, fill=_WHITE if on_picture else _GREY, font=_font(18), anchor="mm")
    y += 52
    for bubble in shot.bubbles:
        y = _draw_bubble(draw, bubble, y, style)
    _input_bar(draw, style)
    return image


def _input_bar(draw: ImageDraw.ImageDraw, style: _ChatStyle) -> None:
    top = PHONE_HEIGHT - 84
    draw.rectangle((0, top, WIDTH, PHONE_HEIGHT), fill=(246, 246, 246))
    draw.rounded_rectangle((20, top + 16, WIDTH - 84, top + 66), 25, fill=_WHITE, outline=(215, 215, 215), width=2)
    draw.text((44, top + 41), style.placeholder, fill=(160, 160, 160), font=_font(21), anchor="lm")
    draw.ellipse((WIDTH - 70, top + 16, WIDTH - 20, top + 66), fill=style.accent)
    draw.polygon(((WIDTH - 55, top + 28), (WIDTH - 55, top + 54), (WIDTH - 33, top + 41)), fill=_WHITE)


# --- comments and feeds --------------------------------------------------------------------------

def _tall_canvas(height: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (WIDTH, height), (255, 255, 255))
    return image, ImageDraw.Draw(image)


def _comment_height(comment: Comment) -> int:
    return len(_wrap(comment.text, _font(21), 470)) * _line_height(_font(21)) + 100


def _comments(shot: CommentsShot) -> Image.Image:
    post_lines = _wrap(shot.post, _font(23), WIDTH - 48)
    top = 190 + len(post_lines) * _line_height(_font(23))
    image, draw = _tall_canvas(top + sum(_comment_height(c) for c in shot.comments) + 20)
    _status_bar(draw, "09:41")
    _avatar(draw, 24, 60, 56, shot.page)
    draw.text((94, 62), shot.page, fill=_INK, font=_font(22, bold=True))
    draw.text((94, 92), f"{shot.age} · Public", fill=_GREY, font=_font(18))
    for n, line in enumerate(post_lines):
        draw.text((24, 136 + n * _line_height(_font(23))), line, fill=_INK, font=_font(23))
    draw.line((24, top - 30, WIDTH - 24, top - 30), fill=(222, 225, 230), width=1)
    draw.text((24, top - 22), "Most relevant", fill=_GREY, font=_font(18, bold=True))
    y = top + 16
    for comment in shot.comments:
        lines = _wrap(comment.text, _font(21), 470)
        _avatar(draw, 24, y, 44, comment.author)
        height = len(lines) * _line_height(_font(21)) + 44
        width = max(int(_font(21).getlength(line)) for line in lines + [comment.author]) + 32
        draw.rounded_rectangle((80, y, 80 + width, y + height), 18, fill=(240, 242, 245))
        draw.text((96, y + 8), comment.author, fill=_INK, font=_font(19, bold=True))
        for n, line in enumerate(lines):
            draw.text((96, y + 36 + n * _line_height(_font(21))), line, fill=_INK, font=_font(21))
        draw.text((96, y + height + 8), f"{comment.age}    Like    Reply", fill=_GREY, font=_font(17, bold=True))
        y += _comment_height(comment)
    return image


def _post_height(post: Post) -> int:
    return len(_wrap(post.text, _font(22), WIDTH - 120)) * _line_height(_font(22)) + 112


def _feed(shot: FeedShot) -> Image.Image:
    image, draw = _tall_canvas(150 + sum(_post_height(p) for p in shot.posts))
    _status_bar(draw, "21:07")
    draw.rounded_rectangle((24, 56, WIDTH - 24, 104), 24, fill=(239, 243, 244))
    draw.ellipse((44, 70, 62, 88), outline=_GREY, width=2)
    draw.line((60, 86, 68, 94), fill=_GREY, width=3)
    draw.text((82, 80), shot.query, fill=_INK, font=_font(21), anchor="lm")
    draw.text((WIDTH // 4, 128), "Top", fill=_GREY, font=_font(19, bold=True), anchor="mm")
    draw.text((WIDTH * 3 // 4, 128), "Latest", fill=_INK, font=_font(19, bold=True), anchor="mm")
    draw.rounded_rectangle((WIDTH * 3 // 4 - 34, 144, WIDTH * 3 // 4 + 34, 148), 2, fill=(29, 155, 240))
    y = 150
    for post in shot.posts:
        draw.line((0, y, WIDTH, y), fill=(230, 233, 236), width=1)
        _avatar(draw, 20, y + 16, 52, post.name)
        name_font = _font(20, bold=True)
        draw.text((88, y + 16), post.name, fill=_INK, font=name_font)
        draw.text((96 + name_font.getlength(post.name), y + 17), f"{post.handle} · {post.age}", fill=_GREY,
                  font=_font(19))
        lines = _wrap(post.text, _font(22), WIDTH - 120)
        for n, line in enumerate(lines):
            draw.text((88, y + 48 + n * _line_height(_font(22))), line, fill=_INK, font=_font(22))
        _post_actions(draw, y + _post_height(post) - 34, post.counts)
        y += _post_height(post)
    return image


def _post_actions(draw: ImageDraw.ImageDraw, y: int, counts: tuple[int, int, int]) -> None:
    x = 88
    draw.rounded_rectangle((x, y - 9, x + 20, y + 7), 7, outline=_GREY, width=2)  # reply
    draw.polygon(((x + 4, y + 6), (x + 4, y + 12), (x + 10, y + 6)), fill=_GREY)
    x += 150
    draw.line(((x, y + 6), (x, y - 6), (x + 14, y - 6)), fill=_GREY, width=2)  # repost
    draw.line(((x + 20, y - 6), (x + 20, y + 6), (x + 6, y + 6)), fill=_GREY, width=2)
    x += 150
    draw.ellipse((x, y - 8, x + 11, y + 3), outline=_GREY, width=2)  # like
    draw.ellipse((x + 9, y - 8, x + 20, y + 3), outline=_GREY, width=2)
    draw.line(((x + 1, y), (x + 10, y + 9), (x + 19, y)), fill=_GREY, width=2)
    for n, count in enumerate(counts):
        draw.text((88 + n * 150 + 30, y), str(count), fill=_GREY, font=_font(18), anchor="lm")


# --- a profile and an article --------------------------------------------------------------------

def _profile(shot: ProfileShot) -> Image.Image:
    image = Image.new("RGB", (WIDTH, PHONE_HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    _status_bar(draw, "18:22")
    draw.text((WIDTH // 2, 76), shot.handle, fill=_INK, font=_font(24, bold=True), anchor="mm")
    draw.line(((36, 64), (24, 76), (36, 88)), fill=_INK, width=3)
    _avatar(draw, 32, 120, 150, shot.name)
    for n, (count, label) in enumerate(zip(shot.counts, ("posts", "followers", "following"))):
        centre = 270 + n * 125
        draw.text((centre, 172), count, fill=_INK, font=_font(26, bold=True), anchor="mm")
        draw.text((centre, 206), label, fill=_INK, font=_font(19), anchor="mm")
    draw.text((32, 290), shot.name, fill=_INK, font=_font(22, bold=True))
    y = 322
    for line in shot.bio:
        draw.text((32, y), line, fill=_INK, font=_font(21))
        y += _line_height(_font(21))
    y += 16
    for n, (label, fill, ink) in enumerate((("Follow", (0, 149, 246), (255, 255, 255)),
                                           ("Message", (239, 239, 239), _INK))):
        left = 32 + n * 292
        draw.rounded_rectangle((left, y, left + 280, y + 50), 10, fill=fill)
        draw.text((left + 140, y + 25), label, fill=ink, font=_font(20, bold=True), anchor="mm")
    y += 78
    draw.line((0, y, WIDTH, y), fill=(222, 222, 222), width=1)
    side = WIDTH // 3
    posts = int(shot.counts[0].replace(",", ""))
    for n in range(min(posts, 9)):  # the picture grid: a landscape per post, sun and hill
        left, top = (n % 3) * side, y + 2 + (n // 3) * side
        sky = tuple(int(c * 0.55 + 90) for c in avatar_colour(f"{shot.handle}{n}"))
        draw.rectangle((left + 1, top + 1, left + side - 2, top + side - 2), fill=sky)
        draw.ellipse((left + side - 70, top + 24, left + side - 30, top + 64), fill=(250, 236, 180))
        draw.polygon(((left + 1, top + side - 2), (left + side // 3, top + side // 2),
                      (left + side - 2, top + side - 2)), fill=tuple(c - 50 for c in sky))
    return image


def _article(shot: ArticleShot) -> Image.Image:
    headline = _wrap(shot.headline, _font(38, bold=True), 920)
    photo_top = 228 + len(headline) * _line_height(_font(38, bold=True))
    image = Image.new("RGB", (1000, photo_top + 340), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1000, 44), fill=(222, 225, 230))  # the browser's address bar
    draw.rounded_rectangle((110, 8, 890, 36), 14, fill=(255, 255, 255))
    draw.text((132, 22), f"https://{shot.domain}/", fill=_GREY, font=_font(17), anchor="lm")
    for n, dot in enumerate(((236, 95, 87), (245, 190, 79), (98, 197, 84))):
        draw.ellipse((16 + n * 24, 15, 30 + n * 24, 29), fill=dot)
    draw.rectangle((0, 44, 1000, 124), fill=shot.colour)
    draw.text((40, 84), shot.outlet, fill=(255, 255, 255), font=_font(40, bold=True), anchor="lm")
    x = 960
    for item in ("Video", "Dünya", "İqtisadiyyat", "Siyasət"):  # right-aligned, from the right
        draw.text((x, 84), item, fill=(255, 255, 255), font=_font(18), anchor="rm")
        x -= int(_font(18).getlength(item)) + 32
    draw.text((40, 146), shot.section.upper(), fill=shot.colour, font=_font(17, bold=True))
    for n, line in enumerate(headline):
        draw.text((40, 176 + n * _line_height(_font(38, bold=True))), line, fill=_INK, font=_font(38, bold=True))
    draw.text((40, photo_top - 44), shot.byline, fill=_GREY, font=_font(18))
    y = photo_top
    draw.rectangle((40, y, 600, y + 300), fill=(205, 210, 216))  # the article's photograph
    draw.ellipse((270, y + 60, 370, y + 160), fill=(170, 176, 184))
    draw.pieslice((210, y + 170, 430, y + 390), 180, 360, fill=(170, 176, 184))
    lead_font = _font(20)
    for n, line in enumerate(_wrap(shot.lead, lead_font, 340)[:12]):
        draw.text((630, y + n * _line_height(lead_font)), line, fill=_INK, font=lead_font)
    return image


_RENDERERS = {ChatShot: _chat, CommentsShot: _comments, FeedShot: _feed, ProfileShot: _profile,
              ArticleShot: _article}


def render(picture: Picture) -> bytes:
    """The picture as PNG bytes."""
    return _png(_RENDERERS[type(picture)](picture))
