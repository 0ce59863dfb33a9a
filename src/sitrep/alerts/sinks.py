"""Where a fired alert goes: stdout, a JSON Lines file, or a webhook POST.

A webhook body is signed with HMAC-SHA256 under a secret read from the environment
(never from the rules file, which gets shared): the receiver recomputes
`sha256=` + hex(HMAC(secret, raw body)) and compares it with the X-Sitrep-Signature
header, constant-time. A failed POST is retried with doubling waits; the webhook
URL goes through the same safe fetching as feeds.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from ..sources.fetch import FetchFailed, FetchPolicy, FetchRefused, fetch
from .rules import SinkConfig

SIGNATURE_HEADER = "X-Sitrep-Signature"


class DeliveryError(Exception):
    """An alert could not be delivered to a sink; the message says which and why.
    `refusal`: (url, reason, detail) when safe fetching refused the webhook's address."""

    def __init__(self, msg: str, refusal: tuple[str, str, str] | None = None) -> None:
        super().__init__(msg)
        self.refusal = refusal


def body_of(alert: dict[str, Any]) -> bytes:
    """The exact bytes sent (and signed): compact JSON, keys sorted, UTF-8."""
    return json.dumps(alert, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(secret: bytes, body: bytes, signature: str) -> bool:
    """For receivers (and tests): the signature header matches the body."""
    return hmac.compare_digest(sign(secret, body), signature)


class Sink:
    def __init__(
        self,
        cfg: SinkConfig,
        policy: FetchPolicy,
        *,
        out=None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cfg, self.out, self.sleep = cfg, out, sleep
        self.policy = FetchPolicy(
            allow_networks=policy.allow_networks,
            max_bytes=64_000,
            timeout=cfg.timeout,
            max_redirects=0,  # a webhook that redirects is misconfigured: do not follow
        )
        self.secret: bytes | None = None
        if cfg.type == "webhook":
            value = os.environ.get(cfg.secret_env or "")
            if not value:
                raise DeliveryError(f"webhook {cfg.url}: ${cfg.secret_env} is not set")
            self.secret = value.encode("utf-8")

    @property
    def name(self) -> str:
        return {"stdout": "stdout", "jsonl": f"jsonl:{self.cfg.path}"}.get(
            self.cfg.type, f"webhook:{self.cfg.url}"
        )

    def send(self, alert: dict[str, Any]) -> None:
        """Deliver one alert; raises DeliveryError after the last retry."""
        body = body_of(alert)
        if self.cfg.type == "stdout":
            out = self.out or sys.stdout
            out.write(body.decode("utf-8") + "\n")
            out.flush()
        elif self.cfg.type == "jsonl":
            try:
                with open(self.cfg.path or "", "ab") as fh:
                    fh.write(body + b"\n")
            except OSError as e:
                raise DeliveryError(f"{self.cfg.path}: cannot write: {e.strerror or e}") from None
        else:
            self._post(body)

    def _post(self, body: bytes) -> None:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(self.secret or b"", body),
        }
        wait = self.cfg.backoff
        for attempt in range(self.cfg.retries + 1):
            try:
                fetch(self.cfg.url or "", self.policy, headers=headers, method="POST", body=body)
                return
            except FetchRefused as e:  # policy: retrying cannot help
                raise DeliveryError(
                    f"webhook {self.cfg.url}: {e.reason}: {e.detail}", (e.url, e.reason, e.detail)
                ) from None
            except FetchFailed as e:
                if attempt == self.cfg.retries:
                    raise DeliveryError(
                        f"webhook {self.cfg.url}: {e.reason}: {e.detail} ({attempt + 1} attempts)"
                    ) from None
            self.sleep(wait)
            wait *= 2


def make_sinks(configs: list[SinkConfig], policy: FetchPolicy, *, out=None) -> list[Sink]:
    """The configured sinks; a webhook without its secret set is a DeliveryError now,
    before anything fires."""
    return [Sink(c, policy, out=out) for c in configs]
