"""Staff batch processing: many letters in, one JSON line per letter out, resumable.

* `runner`    – finds the files, skips those already done (by content hash), hands the rest
                to an executor and appends each result to the JSONL file as it finishes.
* `executors` – where the parsing runs: a local pool of worker processes (default) or a Dask
                cluster; both isolate each file (time limit, crash) and give the same results.
* `work`      – what runs inside a worker: thread limits, model warm-up, one file → one result.
* `manifest`  – the staff CSV giving each letter its received date and case id.
* `report`    – the closing table and the spreadsheet CSV.

This module imports nothing on purpose: worker processes import `parser.batch.work` and
must start without pulling in numpy or the OCR libraries before their thread limits are set.
"""

from __future__ import annotations
