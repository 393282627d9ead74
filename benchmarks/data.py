"""The payloads every benchmark uses: a run as the API returns it, and a page of runs.

Imports nothing at load time (the cases time imports): the server and both SDKs'
environments use it.
"""

RUN_ID = "3f0c6a52-8d2e-4a51-9a7e-2b6f1c0d9e11"
ATTACHMENT_ID = "7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e"


def _id(kind: str, i: int) -> str:
    import uuid  # here, not above: cases time imports, and uuid is one the SDKs load

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{kind}/{i}"))


def message(i: int) -> dict[str, object]:
    """One entry of run_message_history: alternating assistant tool calls and results."""
    if i % 2 == 0:
        return {
            "role": "assistant",
            "content": [
                {"type": "text", "text": f"Step {i}: clicking the Submit button on the form."},
                {
                    "type": "tool_use",
                    "id": f"toolu_{i:06d}",
                    "name": "computer",
                    "input": {"action": "left_click", "coordinate": [640 + i % 7, 480]},
                },
            ],
        }
    return {
        "role": "user",
        "content": [
            {
                "type": "tool_result",
                "tool_use_id": f"toolu_{i - 1:06d}",
                "content": [{"type": "text", "text": "Clicked."}],
                "is_error": False,
            }
        ],
    }


def run(i: int = 0, messages: int = 4, run_id: str | None = None) -> dict[str, object]:
    """A finished run with outputs, inputs and ``messages`` history entries."""
    return {
        "id": run_id or _id("run", i),
        "workflow_id": _id("workflow", i % 5),
        "machine_id": _id("machine", i % 3),
        "user_id": _id("user", 0),
        "organization_id": "org_bench",
        "status": "success",
        "is_priority": False,
        "error": None,
        "created_at": "2025-06-01T12:00:00Z",
        "started_at": "2025-06-01T12:00:05.123456Z",
        "ended_at": "2025-06-01T12:03:41.654321+00:00",
        "output_data": {"invoice_total": "1,234.56", "customer": "ACME", "pages": 3},
        "input_values": {"customer_name": "ACME", "invoice_number": f"INV-{i:05d}"},
        "input_attachment_ids": [_id("attachment", i)],
        "output_attachment_ids": [],
        "run_message_history": [message(m) for m in range(messages)],
        "main_prompt": "Open the invoice and copy the total into the ledger.",
        "model_metadata": None,
        "pool_ids": [_id("pool", 1)],
        "sensitive_input_aliases": None,
        "usage_metadata": {"input_tokens": 12345, "output_tokens": 678},
        "post_run_checks": None,
        "session_id": None,
        "session_alias": None,
        "release_session_after": None,
    }


def page(n: int = 100) -> dict[str, object]:
    """A list-runs page of ``n`` runs, as GET /v1/runs answers it."""
    return {"items": [run(i) for i in range(n)], "total": 10 * n, "skip": 0, "limit": n}


def attachment(size: int) -> dict[str, object]:
    """The metadata of the attachment the server streams (``size`` bytes)."""
    return {
        "id": ATTACHMENT_ID,
        "run_id": RUN_ID,
        "filename": "recording.bin",
        "content_type": "application/octet-stream",
        "attachment_type": "output",
        "size_bytes": size,
        "storage_path": f"org_bench/{RUN_ID}/recording.bin",
        "created_at": "2025-06-01T12:03:41Z",
        "cleanup_imports_after_run": False,
    }
