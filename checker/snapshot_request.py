"""The settings snapshot: one Graph API batch request that collects a Page's state in one go.

The single source of the command the checker page and ``handover-check --help`` show (the page
gets it through the ``snapshot-*`` markers of ``overrides/hooks/generated_pages.py``). The
answer, a JSON list of ``{code, body}``, is what the user pastes into the checker.

Source: Meta, "Making multiple requests" (developers.facebook.com/docs/graph-api/making-multiple-requests):
POST to https://graph.facebook.com/ with ``batch`` (a JSON array of ``{method, relative_url}``)
and ``include_headers=false``; one answer item per operation, in order.
"""

from __future__ import annotations

import json

GRAPH_URL = "https://graph.facebook.com/"
TOKEN_VARIABLE = "PAGE_TOKEN"  # the shell variable the user sets; the token is never in the command
PSID_PLACEHOLDER = "PSID"  # a customer's page-scoped id, replaced by the user (or the item removed)

# Each with a Page access token, in this order (the answer keeps it).
OPERATIONS: tuple[str, ...] = (
    "me?fields=id,name,messaging_feature_status",  # hop_v2, msgr_multi_app, ig_multi_app
    "me/subscribed_apps",  # apps subscribed to the Page's webhooks, with their fields
    f"me/thread_owner?recipient={PSID_PLACEHOLDER}",  # who holds one customer's conversation
)

# The app's own webhook subscriptions need an app access token (APP_ID|APP_SECRET): not part of
# the batch, and never pasted (the checker redacts an app secret anyway).
APP_SUBSCRIPTIONS = "APP_ID/subscriptions"


def batch_operations() -> list[dict[str, str]]:
    return [{"method": "GET", "relative_url": url} for url in OPERATIONS]


def batch_body() -> str:
    """The ``batch`` parameter, readable, for the Graph API Explorer."""
    return json.dumps(batch_operations(), indent=2)


def curl_command() -> str:
    """The whole request as one ``curl`` command (the token from ``$PAGE_TOKEN``)."""
    batch = json.dumps(batch_operations(), separators=(",", ":"))
    return (
        f"curl -s -X POST {GRAPH_URL} \\\n"
        "  -F include_headers=false \\\n"
        f"  -F 'batch={batch}' \\\n"
        f'  -F "access_token=${TOKEN_VARIABLE}"'
    )
