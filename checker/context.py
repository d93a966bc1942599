"""Everything the pasted items say, gathered before any rule runs (so item order never matters)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import shapes
from .apps import AppIndex, AppRef
from .shapes import ChannelSettings
from .vocabulary import BOT_APP_KEYS, CHANNELS


@dataclass(frozen=True)
class SeenError:
    """A Graph error from the input and the rule its catalogue entry raises (None: not catalogued)."""

    error: shapes.GraphError
    rule: str | None


@dataclass
class Context:
    """The normalised input: every item by type, plus what was learnt across items."""

    settings: list[shapes.Settings] = field(default_factory=list)
    errors: list[SeenError] = field(default_factory=list)
    thread_owners: list[shapes.ThreadOwner] = field(default_factory=list)
    secondary_receivers: list[shapes.SecondaryReceivers] = field(default_factory=list)
    feature_status: list[shapes.FeatureStatus] = field(default_factory=list)
    subscriptions: list[shapes.Subscription] = field(default_factory=list)
    webhooks: list[shapes.Webhook] = field(default_factory=list)
    control_calls: list[shapes.ControlCall] = field(default_factory=list)
    call_results: list[shapes.CallResult] = field(default_factory=list)
    ad_messages: list[shapes.AdMessage] = field(default_factory=list)
    conversations: list[shapes.Conversations] = field(default_factory=list)
    shapes: set[str] = field(default_factory=set)
    channels: set[str] = field(default_factory=set)
    apps: list[AppRef] = field(default_factory=list)
    typo_ids: set[str] = field(default_factory=set)
    token_found: bool = False
    ignored: int = 0
    removed: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    ignored_keys: list[str] = field(default_factory=list)
    unknown_symptoms: list[str] = field(default_factory=list)
    _app_set: set[AppRef] = field(default_factory=set, repr=False, compare=False)
    _bot: tuple[tuple[int, int], AppRef | None] = field(default=((-1, -1), None), repr=False, compare=False)

    # --- recording ----------------------------------------------------------------------
    def add_app(self, ref: AppRef | None) -> None:
        if ref is not None and ref not in self._app_set:  # a set: thousands of apps stay linear
            self._app_set.add(ref)
            self.apps.append(ref)

    def add_channel(self, channel: str | None) -> None:
        if channel in CHANNELS:
            self.channels.add(channel)

    # --- what the rules ask -------------------------------------------------------------
    @property
    def is_snapshot(self) -> bool:
        """The Page's state in one paste (the settings snapshot: a Graph batch answer or a list):
        messaging_feature_status together with the Page's subscribed_apps (apps named by id)."""
        return bool(self.feature_status) and any(s.app is not None and s.app.id for s in self.subscriptions)

    @property
    def bot(self) -> AppRef | None:
        """The bot named by the settings (the first by name when several settings disagree).

        Without settings, a snapshot names the bot when exactly one subscribed app is a known
        bot (Botcake): the thread owner can then be compared with it.
        """
        # Asked once per item by several rules: kept until another settings or subscription item arrives.
        key = (len(self.settings), len(self.subscriptions))
        if self._bot[0] != key:
            bot = min((s.bot for s in self.settings), key=app_sort_key, default=None)
            if bot is None and self.is_snapshot:
                known_bots = {s.app for s in self.subscriptions if s.app is not None and s.app.known is not None
                              and s.app.known.key in BOT_APP_KEYS}
                if len(known_bots) == 1:
                    bot = known_bots.pop()
            self._bot = (key, bot)
        return self._bot[1]

    @property
    def only_instagram(self) -> bool:
        return self.channels == {"instagram"}

    def is_bot(self, ref: AppRef | None) -> bool | None:
        """True/False when the input lets us tell; None when the bot's identity is unknown."""
        if ref is None:
            return None
        if ref.is_inbox:
            return False
        bot = self.bot
        if bot is None:
            return None
        if ref.same(bot):
            return True
        if ref.id and not bot.id:
            return None  # the bot is known by name only: an id cannot be compared
        return False

    def channel_sections(self) -> Iterator[tuple[AppRef, str, ChannelSettings]]:
        """(the settings' bot, channel, that channel's settings) for every settings item."""
        for item in self.settings:
            for channel, section in item.channels:
                yield item.bot, channel, section

    def sorted_apps(self) -> list[AppRef]:
        """Each app once (a name-only mention folds into the same app named with its id), sorted."""
        kept: list[AppRef] = []
        kept_ids: set[str] = set()
        index = AppIndex()
        # With its id first: an app given with an id is the same as a kept one only by that id.
        for ref in sorted(self.apps, key=lambda r: (r.id is None, app_sort_key(r))):
            if ref.id in kept_ids if ref.id else index.has_same(ref):
                continue
            kept.append(ref)
            index.add(ref)
            if ref.id:
                kept_ids.add(ref.id)
        return sorted(kept, key=app_sort_key)


def app_sort_key(ref: AppRef) -> tuple[Any, ...]:
    return (ref.known.key if ref.known else "~", ref.id or "", ref.folded)
