#pragma once
// Runs output jobs on a fixed number of threads. Jobs are independent: each
// reads the checked model (shared, never changed) and per-thread caches, so
// the bytes of every output are the same whatever the thread count. Jobs
// that print go first (the browser is the slowest resource), on every
// thread at once: the printer gives each thread a tab of its own.

#include <functional>
#include <vector>

#include "output/output_job.h"

namespace charterc {

// Called on the job's thread when it finished; `ok` false when it could not
// make its bytes (then `bytes` is empty, or says what the job threw). Must
// be safe to call from several threads at once.
using JobDone = std::function<void(const OutputJob& job, bool ok, std::string bytes)>;

// Called before a job starts (progress), from the job's thread.
using JobStarted = std::function<void(const OutputJob& job)>;

void RunJobs(const std::vector<const OutputJob*>& jobs, int threads, const JobStarted& started, const JobDone& done);

}  // namespace charterc
