"""kombu's file-system broker (the embedded default), made safe for a publisher and a
consumer working at once.

kombu's transport creates a message's file and then writes it, and the consumer
takes any file it lists without waiting for the writer's lock: a worker that
polls at the moment daphne queues a task reads an empty or half-written file
and fails with a JSONDecodeError in its consumer loop, losing the message
(seen in `make run`; bench/drills.py reproduces it). Here a message is written
under a name no consumer looks for and renamed into the queue once complete,
and a consumer claims a file by renaming it within the same folder, which only
one consumer can win (kombu moves it to the temporary folder, a copy when that
is another file system).

Used through CELERY_BROKER_TRANSPORT when REDIS_URL is unset.
"""

from __future__ import annotations

import itertools
import os
import uuid
from queue import Empty
from time import monotonic_ns

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import bytes_to_str, str_to_bytes
from kombu.utils.json import dumps, loads

# Consumers take messages in name order. kombu names them by the millisecond and then a
# random uuid, so two messages put in the same millisecond came out in random order;
# nanoseconds, padded to a fixed width, and this process's own count keep them in the
# order they were put.
_sequence = itertools.count()


class Channel(filesystem.Channel):
    def _put(self, queue, payload, **kwargs):
        """Write the message aside, then rename it into the queue: it appears whole or not."""
        name = f"{monotonic_ns():020d}_{next(_sequence):012d}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = os.path.join(self.data_folder_out, f".{name}.partial")
        try:
            with open(partial, "wb") as file:
                file.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc

    def _get(self, queue):
        """The oldest message of `queue`, claimed by a rename only one consumer can win."""
        wanted = f"{queue}.msg"
        for name in sorted(os.listdir(self.data_folder_in)):
            if name.partition(".")[2] != wanted:
                continue
            path = os.path.join(self.data_folder_in, name)
            claimed = os.path.join(self.data_folder_in, f".{name}.claimed")
            try:
                os.rename(path, claimed)
            except OSError:  # another consumer took it
                continue
            try:
                with open(claimed, "rb") as file:
                    payload = file.read()
                os.remove(claimed)
            except OSError as exc:
                raise ChannelError(f"Cannot read file {claimed!r} from queue.") from exc
            return loads(bytes_to_str(payload))
        raise Empty()


class Transport(filesystem.Transport):
    Channel = Channel
