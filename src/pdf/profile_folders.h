#pragma once
// Chromium's profile folders: one per browser, in the temporary folder,
// named "charterc-browser-<pid>-XXXXXX" after the charterc process that
// made it. The browser's owner removes its folder when it ends; a run
// killed outright (SIGKILL) cannot, so the next run that starts a browser
// removes the folders whose owner is no longer running.

#include <filesystem>
#include <string>

namespace charterc {

// Makes a fresh profile folder for this process; "" (errno set) on failure.
std::string MakeProfileFolder();

// Removes the profile folders of charterc processes that are gone, in
// `temp_dir` ("" = the system's temporary folder); returns how many. Folders
// of older charterc versions, whose names hold no pid, are removed when
// they have not changed for a day before `now`.
int RemoveOrphanedProfileFolders(const std::string& temp_dir = "",
                                 std::filesystem::file_time_type now = std::filesystem::file_time_type::clock::now());

// The pid a profile folder's name holds, or -1 when it is not one of ours.
long ProfileFolderOwner(const std::string& name);

}  // namespace charterc
