#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "pdf/profile_folders.h"

using namespace charterc;
namespace fs = std::filesystem;

TEST_CASE("a profile folder's name gives its owner's pid") {
  CHECK(ProfileFolderOwner("charterc-browser-1234-AbC123") == 1234);
  CHECK(ProfileFolderOwner("charterc-browser-AbC123") == -1);  // older charterc: no owner known
  CHECK(ProfileFolderOwner("charterc-browser--x") == -1);
  CHECK(ProfileFolderOwner("chromium-1234-x") == -1);
}

TEST_CASE("only the profile folders of charterc processes that are gone are removed") {
  fs::path temp = fs::temp_directory_path() / ("charterc-profile-test-" + std::to_string(::getpid()));
  fs::remove_all(temp);
  fs::create_directories(temp);
  // pid_max is at most 4194304 on Linux: this pid cannot be running.
  fs::create_directories(temp / "charterc-browser-4194309-dead01" / "Default");
  fs::create_directories(temp / ("charterc-browser-" + std::to_string(::getppid()) + "-alive1"));
  fs::create_directories(temp / "charterc-browser-old123");
  fs::create_directories(temp / "unrelated-4194309-x");
  // An older charterc's folder (no pid) made just now may be in use.
  CHECK(RemoveOrphanedProfileFolders(temp.string()) == 1);
  CHECK_FALSE(fs::exists(temp / "charterc-browser-4194309-dead01"));
  CHECK(fs::exists(temp / ("charterc-browser-" + std::to_string(::getppid()) + "-alive1")));
  CHECK(fs::exists(temp / "charterc-browser-old123"));
  CHECK(fs::exists(temp / "unrelated-4194309-x"));
  fs::remove_all(temp);
}

TEST_CASE("an older charterc's profile folder (no pid in its name) is removed after a day") {
  fs::path temp = fs::temp_directory_path() / ("charterc-profile-age-test-" + std::to_string(::getpid()));
  fs::remove_all(temp);
  fs::create_directories(temp / "charterc-browser-old123" / "Default");
  fs::create_directories(temp / "charterc-browser-old456");
  fs::create_directories(temp / "charterc-browser-toolong1");  // not mkdtemp's six characters
  const auto day = std::chrono::hours(24);
  const auto made = fs::last_write_time(temp / "charterc-browser-old456");
  // An hour later nothing is removed; a day and an hour later the two are.
  CHECK(RemoveOrphanedProfileFolders(temp.string(), made + std::chrono::hours(1)) == 0);
  CHECK(RemoveOrphanedProfileFolders(temp.string(), made + day + std::chrono::hours(1)) == 2);
  CHECK_FALSE(fs::exists(temp / "charterc-browser-old123"));
  CHECK_FALSE(fs::exists(temp / "charterc-browser-old456"));
  CHECK(fs::exists(temp / "charterc-browser-toolong1"));
  fs::remove_all(temp);
}
