"""Start Ralph's LRS API with the file-system backend (run by Ralph's own Python).

Ralph 5.1.0's file-system LRS backend writes each POST with the ``create`` operation,
which refuses to write into its statements file once it exists: only the first POST
would ever be stored. Appending is what an LRS on a file needs, so the backend's
default operation is set to ``append`` before the API starts; nothing else changes.

usage: python ralph_serve.py PORT
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
