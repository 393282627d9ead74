"""A computer command's seconds (drag duration, PowerShell timeout) must be finite numbers."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
import respx

from cyberdesk import CyberdeskClient, RetryConfig

BASE_URL = "https://api.cyberdesk.io"


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize(
    ("call", "name"),
    [
        (
            lambda c, v: c.computer.mouse_drag_sync(
                "win-box-1", start_x=1, start_y=2, to_x=3, to_y=4, duration=v
            ),
            "duration",
        ),
        (
            lambda c, v: c.computer.powershell_exec_sync(
                "win-box-1", command="dir", command_timeout=v
            ),
            "command_timeout",
        ),
    ],
)
def test_a_non_finite_number_of_seconds_is_refused_before_sending(
    call: Callable[[CyberdeskClient, float], object], name: str, value: float
) -> None:
    client = CyberdeskClient("sk-test", retry=RetryConfig(max_retries=0))
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route()
        with pytest.raises(ValueError, match=rf"^{name} must be a finite number of seconds"):
            call(client, value)
    client.close()
    assert not route.called
