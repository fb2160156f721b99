"""Injection payloads for e2e/hostile-content, written for this test.

Each payload is a template: {n} is its number (so a hit names the payload
that ran) and {url} the address of the test's own HTTP server (so any
request the outputs make, or the PDF build makes, is seen). A payload that
manages to run calls __pwn(n) or alert(n), or fetches {url}/n.

Kinds (the channel decides where a payload goes):
  text  - HTML and CSS tricks for any text channel (titles, paragraphs, ...)
  href  - link addresses an author could write in Markdown
  css   - aimed at the print page's stylesheet (a title)
  ui    - interface strings of a language (ui.yaml), the page counter too
  name  - document file names (no '/', no NUL)
  base  - charterc.yaml base-url values
"""

TEXT = [
    "<script>__pwn({n})</script>",
    "<SCRIPT SRC={url}/{n}.js></SCRIPT>",
    "<img src=x onerror=__pwn({n})>",
    "<img src=\"{url}/{n}.png\">",
    "<<img>img src=x onerror=__pwn({n})>",
    "<<b>script>__pwn({n})<</b>/script>",
    "<scr<i>ipt>__pwn({n})</scr</i>ipt>",
    "\"><img src=x onerror=__pwn({n})>",
    "'><svg onload=__pwn({n})>",
    "</title><script>__pwn({n})</script>",
    "</style><script>__pwn({n})</script>",
    "</textarea><script>__pwn({n})</script>",
    "</script><script>__pwn({n})</script>",
    "<!--<script>--><script>__pwn({n})</script>",
    "<svg onload=__pwn({n})>",
    "<svg><script>__pwn({n})</script></svg>",
    "<svg><a xlink:href=\"javascript:__pwn({n})\"><text x=1 y=9>svg link</text></a></svg>",
    "<svg><animate onbegin=__pwn({n}) attributeName=x dur=1s>",
    "<svg><set attributeName=href to=javascript:__pwn({n})>",
    "<math><mtext><table><mglyph><style><img src=x onerror=__pwn({n})>",
    "<math href=\"javascript:__pwn({n})\">math link</math>",
    "<iframe srcdoc=\"&lt;script&gt;parent.__pwn({n})&lt;/script&gt;\"></iframe>",
    "<iframe src=\"javascript:parent.__pwn({n})\"></iframe>",
    "<object data=\"javascript:__pwn({n})\"></object>",
    "<embed src=\"javascript:__pwn({n})\">",
    "<details open ontoggle=__pwn({n})>",
    "<body onload=__pwn({n})>",
    "<input autofocus onfocus=__pwn({n})>",
    "<video><source onerror=__pwn({n})></video>",
    "<audio src=x onerror=__pwn({n})>",
    "<marquee onstart=__pwn({n})>m</marquee>",
    "<form action=\"javascript:__pwn({n})\"><button>go</button></form>",
    "<base href=\"javascript:__pwn({n})//\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__pwn({n})\">",
    "<link rel=stylesheet href=\"{url}/{n}.css\">",
    "<style>@import url({url}/{n}.css);</style>",
    "<div style=\"background:url({url}/{n}.png)\">styled</div>",
    "<a href=\"javascript:__pwn({n})\">raw link</a>",
    "<a href=\"jav&#x09;ascript:__pwn({n})\">tab link</a>",
    "&lt;script&gt;__pwn({n})&lt;/script&gt;",
    "&#60;img src=x onerror=__pwn({n})&#62;",
    "&#x3C;svg onload=__pwn({n})&#x3E;",
    "\\<img src=x onerror=__pwn({n})>",
    "`<img src=x onerror=__pwn({n})>`",
    "<img src=x onerror=&#95;&#95;pwn({n})>",
    "<img/src/onerror=__pwn({n})>",
    "<img src=x onerror\t=__pwn({n})>",
    "<template><img src=x onerror=__pwn({n})></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=__pwn({n})>\"></noscript>",
    "<isindex action=javascript:__pwn({n}) type=image>",
    "<x onclick=__pwn({n})>click me</x>",
    "]]><script>__pwn({n})</script>",
    "<?xml-stylesheet href=\"{url}/{n}.xsl\"?>",
    "<![CDATA[<script>__pwn({n})</script>]]>",
    "\u2028<script>__pwn({n})</script>\u2029",
    "\u202e<script>__pwn({n})</script>",
    "<img src=x onerror=__pwn({n})//",
    "javascript:__pwn({n})",
]

HREF = [
    "javascript:__pwn({n})",
    "JaVaScRiPt:__pwn({n})",
    "&#106;avascript:__pwn({n})",
    "&#x6A;avascript&#x3A;__pwn({n})",
    "javascript&colon;__pwn({n})",
    "java&#x09;script:__pwn({n})",
    "java&#10;script:__pwn({n})",
    "&#x20;javascript:__pwn({n})",
    "<javascript:__pwn({n})>",
    "<java script:__pwn({n})>",
    "vbscript:msgbox({n})",
    "data:text/html,<script>__pwn({n})</script>",
    "data:text/html;base64,PHNjcmlwdD5fX3B3bigxKTwvc2NyaXB0Pg==",
    "DATA:image/svg+xml,<svg onload=__pwn({n})>",
    "file:///etc/passwd#{n}",
    "foo\\bar{n}",
    "\\javascript:__pwn({n})",
    "javascript\\:__pwn({n})",
    "%6Aavascript:__pwn({n})",
    "jav%61script:__pwn({n})",
    "javascript:%5F%5Fpwn({n})",
    "x\" onmouseover=\"__pwn({n})",
    "#\" onfocus=\"__pwn({n})",
    "https://example.org/\"><script>__pwn({n})</script>",
    "https://example.org/ x onclick=__pwn({n})",
    "javascript:__pwn({n}).md",
    "javascript:__pwn({n}).md#x",
    "//127.0.0.1:9/{n}",
]

CSS = [
    "CSS {n}\"}} body::before { content: \"\\43 SSPWN{n}\" } @page { @top-center { content: \"",
    "CSS {n}\r}} body::after { content: \"\\43 SSPWN{n}\" } @page { @top-center { content: \"",
    "CSS {n}\n}} html { background: url({url}/{n}.png) } @page { @top-center { content: \"",
    "CSS {n}\f}} body { background-image: url({url}/{n}.png) } @page { @top-center { content: \"",
    "CSS {n}\\\"}} @import url({url}/{n}.css); @page { @top-center { content: \"",
    "CSS {n}</style><script>__pwn({n})</script><style>",
    "CSS {n}*/ }} body { background: url({url}/{n}.png) } /*",
    "CSS {n}'}} body::before { content: '\\43 SSPWN{n}' } @page { @top-center { content: '",
]

# Interface strings a translator writes (locales/<lang>/ui.yaml), ICU
# MessageFormat: braces are quoted with apostrophes. The page counter is
# written into the print stylesheet as CSS strings.
UI = [
    "Tudalen {page} o {pages}\r'}}' body::before '{' content: \"\\43 SSPWN{n}\" '}' @page '{' @top-center '{' content: \"",
    "Seite {page} von {pages}\f'}}' html '{' background: url({url}/{n}.png) '}' @page '{' @top-center '{' content: \"",
    "Pagina {page} di {pages}\"'}}' body::after '{' content: \"\\43 SSPWN{n}\" '}' @page '{' @top-center '{' content: \"",
    "<script>__pwn({n})</script> skip",
    "<img src=x onerror=__pwn({n})> contents",
]

NAME = [
    "javascript:__pwn({n})%2F%2F",
    "JavaScript:__pwn({n})",
    "data:text,x{n}",
    "x\" onmouseover=\"__pwn({n})",
    "<svg onload=__pwn({n})>",
    "#{n}'&\\ spaced name",
]

BASE = [
    "javascript:__pwn({n})//",
    "data:text/html,x{n}",
    "//127.0.0.1:9/{n}/",
    "https://example.org/\"><script>__pwn({n})</script>",
    "file:///tmp/{n}/",
    "vbscript:x{n}",
    "https://a@example.org/{n}/",
    " javascript:__pwn({n})",
]
