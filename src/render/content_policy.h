#pragma once
// The Content-Security-Policy every page charterc writes carries in a
// <meta> at the top of its <head>. The pages need no script at all, so
// script (elements, event-handler attributes, javascript: URLs) is
// forbidden outright: even if some text ever slipped through escaping, a
// browser would not run it. Fragments have no <head>: the host page's own
// policy applies to them (docs/web-teams.md).

#include <string>
#include <vector>

#include <pugixml.hpp>

namespace charterc {

// Site pages, EPUB chapters and navigation: their stylesheet and images
// from the site itself, list numbering in a style attribute, nothing else.
extern const char* const kPagePolicy;

// kPagePolicy with images also allowed from `remote_image_prefixes`
// (charterc.yaml images: allow-remote, https: folders checked when read):
// for the pages that may show such images.
std::string PagePolicyAllowing(const std::vector<std::string>& remote_image_prefixes);

// The page Chromium prints a PDF from: its stylesheet is inline in a
// <style> element; images from the local files beside it.
extern const char* const kPrintPolicy;

// Adds <meta http-equiv="Content-Security-Policy" content="`policy`">
// right after <meta charset> (a policy applies only to what follows it),
// or as the first child of `head`.
void AddContentPolicy(pugi::xml_node head, const char* policy);

// Replaces the policy AddContentPolicy put into `head`.
void SetContentPolicy(pugi::xml_node head, const std::string& policy);

}  // namespace charterc
