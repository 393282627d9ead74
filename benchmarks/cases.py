"""What one side of one figure runs, in a fresh process of the right environment.

    python benchmarks/cases.py CASE SIDE [ARGS...]

SIDE is ``ours`` or ``official`` (whichever ``cyberdesk`` this interpreter's environment
holds) or ``httpx`` (bare httpx, the baseline). Each case prints one JSON object on stdout.
Nothing is imported at the top beyond ``sys`` and ``time``: the first two cases time imports.
"""

import sys
import time

import data  # imports nothing itself

KEY = "cd_bench_key"
HEADERS = {"Authorization": f"Bearer {KEY}"}
RUN_PATH = f"/v1/runs/{data.RUN_ID}"
ATTACHMENT_PATH = f"/v1/run-attachments/{data.ATTACHMENT_ID}"
OFFICIAL_MODELS = "openapi_client.cyberdesk_cloud_client.models"


def emit(**result: object) -> None:
    import json

    print(json.dumps(result))


def sdk_client(url: str):  # ours or official: the same constructor
    from cyberdesk import CyberdeskClient

    return CyberdeskClient(KEY, base_url=url)


def checked(result):  # an ApiResponse of either SDK
    if result.error is not None or result.data is None:
        raise RuntimeError(f"call failed: {result.error!r}")
    return result.data


def case_import(side: str) -> None:
    """One cold import; its time and how many modules it loaded."""
    before = len(sys.modules)
    start = time.perf_counter()
    __import__("httpx" if side == "httpx" else "cyberdesk")
    elapsed = time.perf_counter() - start
    emit(value=elapsed * 1e3, modules=len(sys.modules) - before)


def case_first(side: str, url: str) -> None:
    """Import, make a client, get one run and parse it, from a fresh process."""
    start = time.perf_counter()
    if side == "httpx":
        import httpx

        response = httpx.Client(base_url=url, headers=HEADERS).get(RUN_PATH)
        run_id = response.raise_for_status().json()["id"]
    else:
        run_id = str(checked(sdk_client(url).runs.get_sync(data.RUN_ID)).id)
    elapsed = time.perf_counter() - start
    assert run_id == data.RUN_ID
    emit(value=elapsed * 1e3)


def sync_getter(side: str, url: str):
    if side == "httpx":
        import httpx

        client = httpx.Client(base_url=url, headers=HEADERS, timeout=60)

        def get():
            response = client.get(RUN_PATH)
            if response.status_code != 200:
                raise RuntimeError(response.status_code)
            return response.json()

        return get
    runs = sdk_client(url).runs
    return lambda: checked(runs.get_sync(data.RUN_ID))


def case_sequential(side: str, url: str, calls: str) -> None:
    """µs per call over ``calls`` sequential GETs, after a warm-up."""
    n = int(calls)
    get = sync_getter(side, url)
    for _ in range(200):  # connection, lazy imports, caches
        get()
    start = time.perf_counter()
    for _ in range(n):
        get()
    emit(value=(time.perf_counter() - start) / n * 1e6)


def async_getter(side: str, url: str):
    if side == "httpx":
        import httpx

        client = httpx.AsyncClient(base_url=url, headers=HEADERS, timeout=60)

        async def get():
            response = await client.get(RUN_PATH)
            if response.status_code != 200:
                raise RuntimeError(response.status_code)
            return response.json()

        return get
    runs = sdk_client(url).runs

    async def get_run():
        return checked(await runs.get(data.RUN_ID))

    return get_run


def case_concurrent(side: str, url: str, concurrency: str, pool: str) -> None:
    """``concurrency`` GETs at once over one client; time and errors.

    ``pool`` is ``warm`` (the client made one call first) or ``fresh`` (the burst is the
    client's first use; a throwaway client made the call that loads the modules).
    """
    import asyncio

    async def main() -> None:
        get = async_getter(side, url)
        await get()  # lazy imports (and, when warm, the first pooled connection)
        if pool == "fresh":
            get = async_getter(side, url)
        start = time.perf_counter()
        results = await asyncio.gather(
            *(get() for _ in range(int(concurrency))), return_exceptions=True
        )
        elapsed = time.perf_counter() - start
        errors = [r for r in results if isinstance(r, BaseException)]
        emit(value=elapsed * 1e3, errors=len(errors), error=repr(errors[0]) if errors else None)

    asyncio.run(main())


def memory(field: str) -> int:
    """VmRSS or VmHWM of this process, in bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)


def case_download(side: str, url: str, size: str, directory: str) -> None:
    """Stream the attachment to a file; throughput and peak RSS growth."""
    import os

    target = os.path.join(directory, f"{side}.bin")
    if side == "httpx":
        import httpx

        client = httpx.Client(base_url=url, headers=HEADERS, timeout=60)
        client.get(ATTACHMENT_PATH).raise_for_status()  # warm-up, as the SDKs below

        def download() -> None:
            with (
                client.stream("GET", ATTACHMENT_PATH + "/download") as response,
                open(target, "wb") as file,
            ):
                for chunk in response.iter_bytes():
                    file.write(chunk)

    else:
        attachments = sdk_client(url).run_attachments
        checked(attachments.get_sync(data.ATTACHMENT_ID))  # loads the modules it needs

        def download() -> None:
            checked(attachments.save_to_file_sync(data.ATTACHMENT_ID, output_path=target))

    try:  # "5" resets VmHWM to the current RSS (Linux >= 4.0)
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass
    before = memory("VmRSS")
    start = time.perf_counter()
    download()
    elapsed = time.perf_counter() - start
    growth = memory("VmHWM") - before
    written = os.path.getsize(target)
    os.remove(target)
    assert written == int(size), (written, size)
    emit(value=written / elapsed / 2**20, seconds=elapsed, rss_growth_mib=growth / 2**20)


def case_parse(side: str, kind: str, repeats: str) -> None:
    """µs per ``from_dict`` of the run ``runs.get`` answers, a long run or a page of runs."""
    import importlib
    import statistics

    models = importlib.import_module(
        "cyberdesk.client.models" if side == "ours" else OFFICIAL_MODELS
    )
    if kind == "single":
        cls, payload = models.RunResponseWithIncludes, data.run(run_id=data.RUN_ID)
    elif kind == "history":
        cls, payload = models.RunResponse, data.run(messages=1000)
    else:
        cls, payload = models.PaginatedResponseWithIncludesRunResponse, data.page(100)
    for _ in range(3):
        cls.from_dict(payload)
    samples = []
    for _ in range(int(repeats)):
        start = time.perf_counter()
        cls.from_dict(payload)
        samples.append((time.perf_counter() - start) * 1e6)
    emit(value=statistics.median(samples), min=min(samples))


def case_versions(side: str) -> None:
    """The versions under test, for the report."""
    from importlib.metadata import version

    emit(cyberdesk=version("cyberdesk"), httpx=version("httpx"), python=sys.version.split()[0])


if __name__ == "__main__":
    globals()[f"case_{sys.argv[1]}"](*sys.argv[2:])
