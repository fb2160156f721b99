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
  // Printed jobs first, so the browser's tabs are busy from the start and
  // the quick jobs fill the gaps at the end; workers take the next job
  // from a shared counter.
  std::vector<const OutputJob*> queue;
  for (const OutputJob* job : jobs) {
    if (job->printed) queue.push_back(job);
  }
  for (const OutputJob* job : jobs) {
    if (!job->printed) queue.push_back(job);
  }
  std::atomic<size_t> next{0};
  auto work = [&](int worker) {
    for (size_t i = next++; i < queue.size(); i = next++) RunOne(*queue[i], worker, started, done);
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
