#include "output/job_runner.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace charterc {

namespace {

void RunOne(const OutputJob& job, int worker, const JobStarted& started, const JobDone& done) {
  if (started) started(job);
  std::string bytes;
  bool ok = false;
  try {
    ok = job.make(worker, &bytes);
  } catch (const std::exception& e) {
    // A job that throws (out of memory, a bug) fails alone; the others go
    // on. Its bytes carry the reason, for the diagnostic.
    done(job, false, e.what());
    return;
  }
  done(job, ok, ok ? std::move(bytes) : std::string());
}

}  // namespace

void RunJobs(const std::vector<const OutputJob*>& jobs, int threads, const JobStarted& started, const JobDone& done) {
  std::vector<const OutputJob*> printed, rest;
  for (const OutputJob* job : jobs) (job->printed ? printed : rest).push_back(job);
  std::atomic<size_t> next{0};
  // Worker 0 prints first (the browser is the slowest resource), then helps
  // with the rest; the others take the rest from a shared counter.
  auto work = [&](int worker) {
    if (worker == 0) {
      for (const OutputJob* job : printed) RunOne(*job, worker, started, done);
    }
    for (size_t i = next++; i < rest.size(); i = next++) RunOne(*rest[i], worker, started, done);
  };
  threads = std::max(1, threads);
  if (threads == 1) {
    work(0);
    return;
  }
  std::vector<std::thread> pool;
  for (int worker = 1; worker < threads; ++worker) pool.emplace_back(work, worker);
  work(0);
  for (std::thread& thread : pool) thread.join();
}

}  // namespace charterc
