"""A fake OpenAI-compatible chat server for tests: real HTTP on 127.0.0.1, real SSE streaming.

Each request takes the next scripted behaviour from a queue (or the default
reply when the queue is empty) and is recorded, so tests can check exactly
what our LLM layer sent. Run it on its own for browser tests:

    python -m tests.fake_llm --port 8765

Behaviours (dicts): {"reply": "text"} (streamed word by word when the client
asks to stream), {"status": 429} / {"status": 500} / {"status": 401}, with an
optional {"message": ..., "code": ...} for the error body (a provider's words
for context overflow, say),
{"sleep": seconds} before answering, {"garbage": True} (not JSON),
{"chunk_delay": seconds} between streamed tokens, {"tokens": [...]} exact
stream chunks, {"timestamps": n} n tokens each carrying the time it was sent
(time.perf_counter_ns), for measuring latency in the same process.
"""

from __future__ import annotations

import argparse
import json
import queue
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DEFAULT_REPLY = (
    "Here is some advice for this section. Lead with the result, then say how you got it."
)


class FakeLLM:
    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        self.script: queue.Queue[dict] = queue.Queue()
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        # When each request arrived (time.monotonic), to observe the client's back-off.
        self.arrivals: list[float] = []
        self.default_reply = DEFAULT_REPLY
        handler = type("Handler", (_Handler,), {"fake": self})
        self.server = ThreadingHTTPServer((host, port), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeLLM:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def then(self, **behaviour) -> FakeLLM:
        """Script the next response."""
        self.script.put(behaviour)
        return self

    def next_behaviour(self) -> dict:
        try:
            return self.script.get_nowait()
        except queue.Empty:
            return {"reply": self.default_reply}


class _Handler(BaseHTTPRequestHandler):
    fake: FakeLLM
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        self._json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.fake.arrivals.append(time.monotonic())
        self.fake.requests.append(body)
        self.fake.headers.append(dict(self.headers))
        behaviour = self.fake.next_behaviour()
        if behaviour.get("sleep"):
            time.sleep(behaviour["sleep"])
        if "status" in behaviour:
            message = {
                429: "Rate limit reached",
                500: "Internal error",
                401: "Invalid API key",
                404: "model not found",
            }
            error = {
                "error": {
                    "message": behaviour.get("message")
                    or message.get(behaviour["status"], "error"),
                    "type": "invalid_request_error" if behaviour["status"] == 400 else "error",
                    "code": behaviour.get("code", behaviour["status"]),
                }
            }
            self._json(behaviour["status"], error)
            return
        if behaviour.get("garbage"):
            self._raw(200, b"<html>this is not json</html>", "text/html")
            return
        text = behaviour.get("reply", self.fake.default_reply)
        if body.get("stream") and behaviour.get("timestamps"):
            self._stream(None, behaviour.get("chunk_delay", 0), count=behaviour["timestamps"])
        elif body.get("stream") and behaviour.get("cut_after"):
            self._cut_stream(_tokens(text)[: behaviour["cut_after"]])
        elif body.get("stream"):
            self._stream(behaviour.get("tokens") or _tokens(text), behaviour.get("chunk_delay", 0))
        else:
            self._json(200, _completion(text, body))

    def _stream(self, tokens: list[str] | None, delay: float, count: int = 0) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for index in range(count or len(tokens)):
                token = f" {time.perf_counter_ns()}" if count else tokens[index]
                chunk = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": "fake-model",
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"role": "assistant", "content": token}
                            if index == 0
                            else {"content": token},
                            "finish_reason": None,
                        }
                    ],
                }
                self._chunk(f"data: {json.dumps(chunk)}\n\n".encode())
                if delay:
                    time.sleep(delay)
            final = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": "fake-model",
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                "usage": {
                    "prompt_tokens": 42,
                    "completion_tokens": count or len(tokens),
                    "total_tokens": 42 + (count or len(tokens)),
                },
            }
            self._chunk(f"data: {json.dumps(final)}\n\n".encode())
            self._chunk(b"data: [DONE]\n\n")
            self._chunk(b"")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away mid-stream

    def _cut_stream(self, tokens: list[str]) -> None:
        """Send the first tokens, then drop the connection mid-stream (a provider failing)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for index, token in enumerate(tokens):
            delta = {"role": "assistant", "content": token} if index == 0 else {"content": token}
            chunk = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": "fake-model",
                "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
            }
            self._chunk(f"data: {json.dumps(chunk)}\n\n".encode())
        # Half a chunk, then the socket closes: the client sees a broken transfer.
        self.wfile.write(b"400\r\ndata: {")
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _json(self, status: int, payload: dict) -> None:
        self._raw(status, json.dumps(payload).encode(), "application/json")

    def _raw(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _tokens(text: str) -> list[str]:
    words = text.split(" ")
    return [word if index == 0 else " " + word for index, word in enumerate(words)]


def _completion(text: str, body: dict) -> dict:
    prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", [])) // 4
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "fake-model",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": len(text.split()),
            "total_tokens": prompt + len(text.split()),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the fake OpenAI-compatible server.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--reply", default=DEFAULT_REPLY)
    args = parser.parse_args()
    fake = FakeLLM(port=args.port)
    fake.default_reply = args.reply
    print(f"fake LLM at {fake.url}", flush=True)
    fake.server.serve_forever()


if __name__ == "__main__":
    main()
