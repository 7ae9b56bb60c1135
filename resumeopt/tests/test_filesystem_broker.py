"""The embedded broker (files in a folder) with a publisher and a consumer at work at once,
as daphne queues tasks while the worker polls."""

import multiprocessing
import uuid

from resumeopt.celery import app

MESSAGES = 300
PADDING = "x" * 200_000  # big enough that writing a message takes a while


def publish(queue_name: str) -> None:
    with app.connection_for_write() as connection:
        queue = connection.SimpleQueue(queue_name)
        for number in range(MESSAGES):
            queue.put({"number": number, "padding": PADDING})


def test_every_message_arrives_whole_while_another_process_is_still_publishing():
    queue_name = f"drill-{uuid.uuid4().hex}"
    publisher = multiprocessing.get_context("fork").Process(target=publish, args=(queue_name,))
    received, errors = [], []
    with app.connection_for_read() as connection:
        queue = connection.SimpleQueue(queue_name)
        publisher.start()
        while len(received) < MESSAGES and (publisher.is_alive() or queue.qsize()):
            try:
                message = queue.get(timeout=0.01)
            except queue.Empty:
                continue
            except Exception as error:  # kombu's own transport: JSONDecodeError
                errors.append(repr(error))
                continue
            received.append(message.payload)
            message.ack()
    publisher.join(timeout=60)
    assert errors == []
    assert [payload["number"] for payload in received] == list(range(MESSAGES))
    assert all(payload["padding"] == PADDING for payload in received)
