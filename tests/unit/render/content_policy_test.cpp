#include "render/content_policy.h"

#include <doctest/doctest.h>

namespace charterc {

TEST_CASE("the page policy admits the allowed image folders, and only in img-src") {
  CHECK(PagePolicyAllowing({}) == kPagePolicy);
  std::string policy = PagePolicyAllowing({"https://maps.example.org/tiles/", "https://cdn.example.org/a/"});
  CHECK(policy.find("img-src 'self' data: https://maps.example.org/tiles/ https://cdn.example.org/a/;") !=
        std::string::npos);
  CHECK(policy.find("default-src 'none'") == 0);
  CHECK(policy.find("script-src") == std::string::npos);
}

TEST_CASE("SetContentPolicy replaces the policy AddContentPolicy wrote") {
  pugi::xml_document document;
  pugi::xml_node head = document.append_child("head");
  head.append_child("meta").append_attribute("charset") = "utf-8";
  AddContentPolicy(head, kPagePolicy);
  SetContentPolicy(head, "default-src 'none'");
  int policies = 0;
  for (pugi::xml_node meta : head.children("meta")) {
    if (meta.attribute("http-equiv")) {
      ++policies;
      CHECK(std::string(meta.attribute("content").value()) == "default-src 'none'");
    }
  }
  CHECK(policies == 1);
}

}  // namespace charterc
