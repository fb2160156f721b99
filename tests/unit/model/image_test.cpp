#include <doctest/doctest.h>

#include "model/image.h"
#include "output/output_layout.h"
#include "project/image_type.h"

using namespace charterc;
using namespace std::string_view_literals;

TEST_CASE("an image address is a project file, the web, or refused") {
  CHECK(ClassifyImageAddress("images/logo.png") == ImageAddressKind::Local);
  CHECK(ClassifyImageAddress("https://cdn.example.org/a.png") == ImageAddressKind::Remote);
  CHECK(ClassifyImageAddress("HTTP://cdn.example.org/a.png") == ImageAddressKind::Remote);
  CHECK(ClassifyImageAddress("//cdn.example.org/a.png") == ImageAddressKind::Remote);
  CHECK(ClassifyImageAddress("data:image/png;base64,AAAA") == ImageAddressKind::Remote);
  CHECK(ClassifyImageAddress("file:///etc/passwd") == ImageAddressKind::Unusable);
  CHECK(ClassifyImageAddress("javascript:alert(1)") == ImageAddressKind::Unusable);
}

TEST_CASE("a local address is read from the document's folder and must stay in the project") {
  CHECK(LocalImagePath("charters/charter.md", "images/logo.png") == "charters/images/logo.png");
  CHECK(LocalImagePath("charters/charter.md", "./images/../images/logo.png") == "charters/images/logo.png");
  CHECK(LocalImagePath("charters/charter.md", "../assets/map.png") == "assets/map.png");
  CHECK(LocalImagePath("charters/charter.md", "images/My%20Logo.png?v=2#top") == "charters/images/My Logo.png");
  CHECK(LocalImagePath("charters/charter.md", "images\\logo.png") == "charters/images/logo.png");
  CHECK_FALSE(LocalImagePath("charters/charter.md", "../../secret.png"));
  CHECK_FALSE(LocalImagePath("charters/charter.md", "images/../../../secret.png"));
  CHECK_FALSE(LocalImagePath("charters/charter.md", "%2e%2e/%2e%2e/secret.png"));
  CHECK_FALSE(LocalImagePath("charters/charter.md", "/srv/map.png"));
  CHECK_FALSE(LocalImagePath("charters/charter.md", "\\srv\\map.png"));
  CHECK_FALSE(LocalImagePath("charters/charter.md", ".."));
}

TEST_CASE("remote images are allowed by prefix only") {
  std::vector<std::string> allowed = {"https://cdn.example.org/charters/"};
  CHECK(RemoteImageAllowed("https://cdn.example.org/charters/logo.png", allowed));
  CHECK_FALSE(RemoteImageAllowed("https://cdn.example.org/other/logo.png", allowed));
  CHECK_FALSE(RemoteImageAllowed("https://cdn.example.org.evil.test/charters/logo.png", allowed));
}

TEST_CASE("an image's type comes from its bytes; its name must agree") {
  CHECK(std::string(TypeOfBytes("\x89PNG\r\n\x1a\n....")->extension) == "png");
  CHECK(std::string(TypeOfBytes("\xff\xd8\xff\xe0")->extension) == "jpg");
  CHECK(std::string(TypeOfBytes("GIF89a...")->extension) == "gif");
  CHECK(std::string(TypeOfBytes("RIFF\x10\0\0\0WEBPVP8 "sv)->media_type) == "image/webp");
  CHECK_FALSE(TypeOfBytes("<html>"));
  CHECK_FALSE(TypeOfBytes("RIFF\x10\0\0\0WAVEfmt "sv));
  CHECK(std::string(TypeOfName("images/Photo.JPEG")->extension) == "jpg");
  CHECK(std::string(TypeOfName("images/map.svg")->media_type) == "image/svg+xml");
  CHECK_FALSE(TypeOfName("images/plan.bmp"));
  CHECK_FALSE(TypeOfName("images.png/logo"));
}

TEST_CASE("a published image's name: safe letters and the content hash") {
  CHECK(OutputLayout::Image("charters/images/Logo 2.png", 0x00f3a9c1d2e4b5a6, "png") ==
        "images/logo-2-00f3a9c1d2e4b5a6.png");
  CHECK(OutputLayout::Image("charters/images/карта.svg", 1, "svg") == "images/image-0000000000000001.svg");
  CHECK(OutputLayout::Image("x/<script>.jpeg", 2, "jpg") == "images/script-0000000000000002.jpg");
}
