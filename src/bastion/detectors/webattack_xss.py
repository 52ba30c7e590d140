"""Web-attack signals for script injection into HTML, JavaScript, CSS and XML (XSS, XXE).

Rules follow the structure of an injection rather than known payloads: an element that runs or
loads script, an event-handler attribute, a script URL, markup breaking out of an attribute, a
JavaScript sink reached from a broken-out string, and script written to slip past word filters.
Each rule is one weighted signal; the detector combines a family's signals (noisy-or).
"""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity

__all__ = ["XSS", "XSS_RULES"]

XSS = "webattack.xss"
_S = Severity.HIGH  # the detector sets each finding's severity from the score

XSS_RULES: tuple[Rule, ...] = (
    Rule(
        id="xss.script_tag",
        code=XSS,
        # `\xbc` / `¼` is `<` with the high bit set, read as `<` by a US-ASCII page.
        pattern=(
            r"(?i)<\s*/?\s*(?:[a-z]+:\s*)?script\b|<\s*/\s*script\s*>"
            r"|(?i)(?:\x{bc}|\\x(?:[c-d][0-9a-f]\\x)?bc)\s*/?\s*script\b"
        ),
        severity=_S,
        score=0.9,
        message="script element",
        examples=("<script>alert(1)</script>", "<x:script src=//a>", "\\xbcscript\\xbealert(1)"),
        counterexamples=("the script of the movie", "a javascript tutorial"),
    ),
    Rule(
        id="xss.event_handler",
        code=XSS,
        pattern=(
            r"(?i)<[a-z!?/][^>]*?[\s\"'/;`]on[a-z]{3,48}\s*=|(?i)[\s\"'/;`]on(?:error|load|click"
            r"|mouse\w+|focus|blur|key\w+|submit|change|input|toggle|animation\w*|transition\w*"
            r"|pointer\w*|begin|end|start|scroll|resize|unload|beforeunload|message|hashchange"
            r"|pageshow|popstate|wheel|drag\w*|drop|copy|cut|paste|show|search|select|invalid"
            r"|reset|play\w*|pause|ended|auxclick|contextmenu|dblclick|readystatechange"
            r"|afterprint|beforeprint|loadstart|loadend|progress|abort|seeked|seeking|waiting)"
            # Outside a tag, a value in braces is a JSX or template binding, not a handler.
            r"\s*=\s*(?:[^{\s]|$)"
            r"|(?i)(?:^|[\"'`<])\s*(?:on[a-z]{4,60}|formaction|srcdoc)\s*=\s*(?:[^{\s]|$)"
        ),
        severity=_S,
        score=0.8,
        message="HTML event handler attribute",
        examples=(
            '<img src=x onerror="alert(1)">',
            '" onmouseover="alert(1)',
            "<body onload=x()>",
            '"onzoom=',
            "'formaction=",
        ),
        counterexamples=(
            "turn the lights on=off",
            "the error is on line 3",
            '{"onboarding": true}',
            "bind onChange={setName} on the input",
        ),
    ),
    Rule(
        id="xss.javascript_url",
        code=XSS,
        pattern=(
            # `mocha:` is the older name of `livescript:`, both Netscape's script URLs.
            r"(?i)\b(?:java|vb|live|ecma)\s*script\s*:"
            r"|(?i)\b(?:src|href|action|background|lowsrc|dynsrc|data)\s*=\s*[\"'`]?\s*mocha\s*:"
            r"|(?i)\bdata\s*:\s*(?:text/html|image/svg"
            r"|application/(?:x-)?javascript|text/javascript)|(?i)\bdata\s*:\s*,|(?i)\bsrcdoc\s*="
            r"|(?i)\bexpression\s*\(|(?i)-moz-binding|(?i)\bbehavior\s*:|(?i)@import\b"
        ),
        severity=_S,
        score=0.75,
        message="script URL or CSS expression",
        examples=(
            '<a href="javascript:alert(1)">',
            "data:text/html;base64,PHNjcmlwdD4=",
            '<IMG SRC="mocha:[code]">',
        ),
        counterexamples=(
            "I love JavaScript programming",
            "data: see attached",
            '{"runner": "mocha: a JavaScript test framework"}',
            "flavour = mocha: sweet",
        ),
    ),
    Rule(
        id="xss.dangerous_tag",
        code=XSS,
        pattern=(
            r"(?i)<\s*/?\s*(?:iframe|frame|frameset|object|embed|applet|svg|math|img|image|body"
            r"|video|audio|source|track|details|marquee|isindex|form|input|button|base|link|meta"
            r"|style|xml|xss|animate|set|use|foreignobject|template|textarea|select|keygen|layer"
            r"|ilayer|bgsound|a|x|plaintext|xmp|noscript|title|html|div|span|table|td|iframe2"
            r"|object2|[a-z]+:[a-z]+)\b"
        ),
        severity=_S,
        score=0.35,
        message="active HTML element",
        examples=("<iframe src=//evil>", "<svg/onload=x>", "<a href=x>"),
        counterexamples=("a < b and c > d", "x<y"),
    ),
    Rule(
        id="xss.js_sink",
        code=XSS,
        pattern=(
            r"(?i)\b(?:alert|prompt|confirm|eval|settimeout|setinterval|function|fromcharcode|atob"
            r"|import|fetch|execscript)\s*(?:\(|`)|(?i)\bdocument\s*\.\s*(?:cookie|domain|write"
            r"|location|body|createelement)|(?i)\bwindow\s*\.\s*(?:location|open|name)"
            r"|(?i)\blocation\s*\.\s*(?:href|hash|replace)|(?i)\binnerhtml\b|(?i)\bconstructor\s*\("
            r"|(?i)\[\s*['\"]constructor['\"]\s*\]|(?i)\bstring\s*\.\s*fromcharcode"
        ),
        severity=_S,
        score=0.45,
        message="JavaScript sink",
        examples=("alert(1)", "document.cookie", "prompt`1`"),
        counterexamples=("please confirm my booking", "an alert went off"),
    ),
    Rule(
        id="xss.markup_break",
        code=XSS,
        pattern=(
            r"(?i)['\"]\s*>\s*<\s*[a-z!/]|(?i)<!--.*?-->\s*<|(?i)<!\[cdata\[|(?i)&#x?0*(?:60|3c)"
            r"(?:;|\b)|(?i)\\u003c|(?i)\\x3c|(?i)<\s*[a-z]+[^>]*\bstyle\s*=[^>]*(?:expression|url)"
            r"|(?i)<\s*[a-z]+\s+[^>]*(?:src|href|action|formaction|data|xlink:href|background"
            r"|dynsrc|lowsrc)\s*=|(?i)<[a-z]+[\s/]+[a-z]+\s*=[^>]*>|(?i)<[a-z]+/"
        ),
        severity=_S,
        score=0.4,
        message="markup that breaks out of an attribute or element",
        examples=('"><img src=x>', "&#x3c;script", '<img src="x">'),
        counterexamples=('she said "hi" > all', "5 > 3"),
    ),
    Rule(
        id="xss.active_element",
        code=XSS,
        pattern=(
            # An inline SVG or MathML drawing with its usual attributes (`<svg viewBox=...>`) is
            # inert until a handler, a script, an animation or a link is added, which the other
            # rules read; a bare, namespaced or slash-separated opening is how payloads begin.
            r"(?i)<\s*(?:[a-z]*:)?(?:svg|math)\s*(?:>|:|/[^>]|$)"
            r"|(?i)<\s*(?:[a-z]*:)?(?:iframe|frameset|embed|applet|object|vmlframe|handler"
            r"|import\b|\?import|base\s|meta\s+(?:http-equiv|charset)|link\b[^>]*\bhref|xml\s"
            r"|isindex|marquee|bgsound)|(?i)<[a-z](?:\s[a-z]){3,}\b"
            # Netscape layers load a page; a style element typed as script runs it.
            r"|(?i)<\s*i?layer\b[^>]*\ssrc\s*=|(?i)<\s*style\b[^>]*\btype\s*=\s*[\"']?text/javascript"
        ),
        severity=_S,
        score=0.7,
        message="element that loads or runs active content",
        examples=(
            "<iframe src=x>",
            "<embed src=a.swf>",
            "<meta http-equiv=refresh",
            "<f o r m",
            "<ilayer src='//x.example/p'>",
            "<style type=text/javascript>",
            "<svg><a xlink:href=x>",
            "<math><a href=x>",
        ),
        counterexamples=(
            "<table width=99%>",
            "<A HREF=/path>foo</A>",
            "x <a b> y",
            '<layer name="roads" visible="true"/>',
            '<style type="text/css">',
            '<svg viewBox="0 0 24 24"><path d="M12 2L2 7l10 5z"/></svg>',
        ),
    ),
    Rule(
        id="xss.dom_access",
        code=XSS,
        pattern=(
            r"(?i)(?:^|[^/\w.-])(?:document|window|self|top|parent|globalthis|frames)\s*(?:/\*[^*]*\*/\s*)*"
            r"\)?\s*(?:\[\s*(?:/\*[^*]*\*/\s*)*['\"`/]|\.\s*(?:/\*[^*]*\*/\s*)*(?:cookie|domain|write"
            r"|location|body|queryselector|createelement))|(?i)\{\{[^}]*(?:constructor|\$eval|\$on)"
            r"|(?i)\burl\s*\(\s*['\"]?\s*(?:java|vb)script|(?i)\bnew\s+function\s*\("
        ),
        severity=_S,
        score=0.75,
        message="script reaching into the page (DOM, template sandbox escape, script URL in CSS)",
        examples=(
            'self["alert"](1)',
            "document /*x*/ . cookie",
            "{{constructor.constructor('alert(1)')()}}",
            "x:url(javascript",
            '(document)["cookie"]',
            "top[/al/.source+/ert/.source](1)",
        ),
        counterexamples=("the document is ready", "/manual/document.cookie", "{{ name }}"),
    ),
    Rule(
        id="xss.obfuscated_script",
        code=XSS,
        # Script written without the words filters look for: UTF-7 `<` and `>` (`+ADw-`), JSFuck
        # (`![]`, `[][...]`), and calls made through tagged templates instead of parentheses.
        pattern=(
            r"(?i)\+AD[w4]-|(?:[!+]\s*\[\s*\][\s+!()\[\]]*){2}[!+]?\s*\[|!\s*\[\s*\][\s\[\]()!+]{6,}"
            r"|(?i)\.\s*(?:call|apply|bind)\s*`|(?i)\$\{\s*(?:alert|prompt|confirm|eval|document"
            r"|window|top|self|parent|import)\b|(?i)\b(?:alert|prompt|confirm)\s*`"
        ),
        severity=_S,
        score=0.8,
        message="script obfuscated past word filters (UTF-7, JSFuck, tagged templates)",
        examples=(
            "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
            "(![]+[])[+!+[]]",
            "[  ] . sort . call ` ${ alert } 1337 `",
            "Reflect.sort.call``",
            "alert`1`",
            "(![] [])[ ! []]",
        ),
        counterexamples=(
            "C++ and C# developers",
            "arr[] = [1, 2]",
            "`${name}` is set",
            "![](images/diagram.png)",
        ),
    ),
    Rule(
        id="xss.probe_call",
        code=XSS,
        # A value that is nothing but a dialog call with a probe argument is how XSS is tested
        # for (`alert(1)`, `prompt(document.domain)`); script that does work calls other things.
        pattern=(
            r"(?i)^\s*[\W_]{0,3}\s*(?:alert|prompt|confirm)\s*(?:\(\s*(?:[-\d.]*|document\s*\.\s*"
            r"(?:cookie|domain|location)|window\s*\.\s*origin|['\"`/][\w\s!.:-]{0,24}['\"`/]|string\s*\."
            r"\s*fromcharcode\s*\([\d,\s]*\))\s*\)|`[^`]{0,24}`)\s*[;/\W_]{0,4}"
            # A line comment may close the probe: it keeps the page's own script from breaking.
            r"(?://[\w\s.-]{0,24})?\s*$"
        ),
        severity=_S,
        score=0.75,
        message="a bare dialog call with a probe argument (XSS probe)",
        examples=(
            "alert(1)",
            "prompt(document.domain)",
            "confirm`1`",
            "alert('XSS');//",
            "';alert(1)",
            "}alert(/XSS/);{//",
            "alert(1)>//probe",
        ),
        counterexamples=(
            "alert(user.name)",
            "please confirm (yes/no)",
            "confirm(booking) now",
            "alert (see /docs/)",
        ),
    ),
    Rule(
        id="xss.sink_reference",
        code=XSS,
        # A dialog or eval function called without its name before a plain `(`, as filters that
        # look for `alert(` miss it: wrapped (`(alert)(1)`), optional-chained, through call or
        # apply, handed to an array method, or assigned and called by another name.
        pattern=(
            r"(?i)\(\s*(?:alert|prompt|confirm|eval)\s*\)\s*[(`]"
            r"|(?i)\b(?:alert|prompt|confirm|eval)\s*\?\.\s*\("
            r"|(?i)\b(?:alert|prompt|confirm|eval)\s*\.\s*(?:call|apply|bind)\s*\("
            r"|(?i)\.\s*(?:find|findindex|findlast|findlastindex|flatmap|map|foreach|filter|some"
            r"|every|then|catch|reduce|sort|call)\s*\(\s*(?:alert|prompt|confirm)\s*[,)]"
            r"|(?i)=\s*(?:alert|prompt|confirm|eval)\s*[,;]\s*[a-z_$][\w$]*\s*\("
            # Looked up by a quoted name on any object (`this['alert'](1)`).
            r"|(?i)\[\s*['\"`](?:alert|prompt|confirm|eval)['\"`]\s*\]\s*[(`]"
        ),
        severity=_S,
        score=0.75,
        message="a dialog or eval function called by reference (XSS probe)",
        examples=(
            "(alert)(1)",
            "alert?.(document?.cookie)",
            "confirm.call(null,1)",
            "[1].find(alert)",
            "a=alert,a(1)",
            "this['alert'](4)",
            "[3].findIndex(confirm)",
        ),
        counterexamples=(
            "an (alert) went off at 3am",
            "please confirm. call me back at 5",
            "the alert bracelet (model 2)",
            "results = df['expr'].map(eval)",
            "config['alert'] = true",
        ),
    ),
    Rule(
        id="xss.js_breakout",
        code=XSS,
        # Closing a JavaScript string and calling a sink, or running code decoded at run time.
        pattern=(
            r"(?i)['\"`]\s*\)?\s*(?:[;,+\-*/|&^%?:<>=]|\binstanceof\b|\bin\b)\s*(?:alert|prompt|confirm|eval"
            r"|settimeout|setinterval"
            r"|fetch|import|location|document\s*\.|window\s*\.|top\s*\[|self\s*\[|new\s+function)"
            r"\s*[(`=\[.]|(?i)\b(?:eval|settimeout|setinterval|function|execscript)\s*\(\s*(?:atob"
            r"|unescape|decodeuri\w*|string\s*\.\s*fromcharcode|['\"`]\s*(?:alert|prompt|confirm"
            r"|eval|document|window|location)\b)"
            # Code handed over as a string (an implied eval): a quoted expression or statement.
            r"|(?i)\b(?:eval|settimeout|setinterval|execscript|function)\s*\(\s*(?:'[^']*(?:\w[^']*"
            r"[-+*/%();=\[.]|[-+*/%();=\[.][^']*\w)[^']*'|\"[^\"]*(?:\w[^\"]*[-+*/%();=\[.]|[-+*/%();="
            r"\[.][^\"]*\w)[^\"]*\"|`[^`]*(?:\w[^`]*[-+*/%();=\[.]|[-+*/%();=\[.][^`]*\w)[^`]*`)\s*[,)]"
        ),
        severity=_S,
        score=0.8,
        message="JavaScript string broken out of, then a sink called",
        examples=(
            "';alert(1)//",
            "\\\";alert('XSS');//",
            "eval(atob('YWxlcnQoMSk='))",
            "setTimeout('alert(1)')",
            "'-alert(1)-'",
            "'te' ? alert('x') : 'y'",
            "'a' instanceof alert('b') instanceof 'c'",
            'eval("7 * 6")',
            "setTimeout('tick()', 50)",
            "Function('return this.x')",
        ),
        counterexamples=(
            "it's ok; alert the team",
            "'yes' or 'no'? alert the team",
            "eval(expr) returns a number",
            "'a' + fetchResult",
            "setTimeout(refresh, 1000)",
            "eval('x')",
            'eval("(" + json + ")")',
        ),
    ),
    Rule(
        id="xss.xml_external",
        code=XSS,
        pattern=(
            r"(?i)!ENTITY\s+(?:%\s*)?[\w.:-]+\s+(?:SYSTEM|PUBLIC)\b|<\s*xi:include\b"
            r"|(?i)<!ATTLIST\b[^>]*\bon[a-z]+\s+CDATA"
            # An internal subset that declares its own entities straight after the root's name:
            # the probe for entity expansion (and its billion-laughs blow-up). Exported SVG
            # declares its namespaces after a PUBLIC identifier, which this leaves alone, and an
            # HTML document names characters (`<!ENTITY nbsp "&#160;">`): an entity that is one
            # character, or one character reference, expands to nothing more.
            r"|(?i)<!DOCTYPE\s+[\w:.-]+\s*\[\s*(?:<!(?:ELEMENT|ENTITY)[^>]*>\s*)*<!ENTITY\s+[\w.:-]+"
            r"\s+[\"'](?:[^&\"'][^\"']|&[^#]|&#x?[0-9a-f]*[^0-9a-f;x]|&#x?[0-9a-f]+;[^\"'])"
            # A document type the parser fetches from a bare address or a scheme-relative URL.
            # Published types fetched by SYSTEM URL live on named hosts (java.sun.com's
            # properties.dtd, testng.org); `webattack.xxe` weighs those by what the document does.
            r"|(?i)<!DOCTYPE\s+[\w:.-]+\s+SYSTEM\s+[\"'](?://|[a-z][\w+.-]*://(?:\d{1,3}(?:\.\d{1,3}){3}"
            r"|\[[0-9a-f:.]+\])(?:[:/\"']|$))"
            # A schema the parser fetches from a host named by one long random label: the
            # callback host of an out-of-band probe, not a standard's schema (`maven.apache.org`).
            r"|(?i)\b(?:nonamespace)?schemalocation\s*=\s*[\"'][^\"']*?\bhttps?://[a-z0-9]{24,}\."
        ),
        severity=_S,
        score=0.8,
        message="XML external entity or XInclude (XXE)",
        examples=(
            '<!DOCTYPE x [<!ENTITY y SYSTEM "file:///etc/hostname">]>',
            "foo!ENTITY % bar SYSTEM",
            '<xi:include href="http://x.example/"/>',
            '<a xsi:schemaLocation="http://a.b/ http://q1w2e3r4t5y6u7i8o9p0a1s2d3.example/a.xsd">',
            '<!DOCTYPE x SYSTEM "//x/x"><x>a</x>',
            '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>',
            '<!DOCTYPE d [<!ENTITY a "&#97;"><!ENTITY b "&a;&a;&a;">]><d>&b;</d>',
            '<!DOCTYPE d [<!ENTITY s "&#60;script&#62;">]>',
            '<!DOCTYPE r SYSTEM "http://203.0.113.9/e.dtd">',
        ),
        counterexamples=(
            "an entity system for games",
            "<!DOCTYPE html>",
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
            '<!DOCTYPE note SYSTEM "note.dtd">',
            '<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">',
            '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/'
            'svg11.dtd" [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]>',
            '<project xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 '
            'http://maven.apache.org/xsd/maven-4.0.0.xsd">',
            '<!DOCTYPE html [<!ENTITY nbsp "&#160;">]>',
            '<!DOCTYPE html [<!ENTITY nbsp "&#160;"><!ENTITY copy "&#xA9;">]><p>&copy;</p>',
        ),
    ),
    Rule(
        id="xss.css_breakout",
        code=XSS,
        # A bracket glued to a word or a brace inside a style attribute, a declaration in a
        # style element left open with `[`, or an at-rule written with a CSS escape: old and
        # lenient CSS parsers end the declaration there and read what follows as new rules
        # (`foo[a];color:red`). Grid line names (`[header] main`) stand apart from words.
        pattern=(
            r"(?i)\sstyle\s*=\s*(?:\"[^\"<>]*(?:\w\[|[^}]\}[^}])|'[^'<>]*(?:\w\[|[^}]\}[^}]))"
            r"|(?i)<\s*style\b[^>]*>[^<]*:[^;{}<\[]*\w\[[^\]<;]*;|(?i)<\s*style\b[^>]*>\s*@\s*\\"
        ),
        severity=_S,
        score=0.75,
        message="style that breaks out of its declaration (bracket, brace or escaped at-rule)",
        examples=(
            '<p style="margin:0[x];top:0">',
            "<i style='width:1px}body{x:y'>",
            "<style>p{border:1px solid[z;top:0}</style>",
            "<style>@\\69mport 'x.css';</style>",
        ),
        counterexamples=(
            '<p style="color: #333; margin: 0 auto">',
            '<div style="{{ card_css }}">',
            "<style>a[href^=http]{color:red}</style>",
            '<td :style="{width: w}">',
            '<main style="grid-template-columns: [full] 1fr [end];">',
        ),
    ),
    Rule(
        id="xss.legacy_binding",
        code=XSS,
        # Attributes that bind markup to script or to a link without an event handler: IE data
        # binding and behaviours, XML Events, and SVG animation that rewrites a link or handler.
        pattern=(
            r"(?i)<[a-z][^>]*\sdata(?:src|fld|formatas)\s*=|(?i)\bev:(?:event|handler)\s*="
            r"|(?i)<\s*(?:[a-z]+:)?(?:set|animate\w*)\b[^>]*\battributename\s*=\s*[\"']?"
            r"(?:xlink:)?(?:href|on[a-z]+)\b|(?i)<\s*\??import\s*implementation|(?i)<[^>]*\simplementation\s*="
        ),
        severity=_S,
        score=0.75,
        message="markup bound to script or a link by data binding, XML Events or SVG animation",
        examples=(
            '<span datasrc="#feed" datafld="html">',
            '<g ev:event="click" ev:handler="#h">',
            '<animate attributeName="href" values="javascript:x">',
            '<?import namespace="t" implementation="b.htc">',
        ),
        counterexamples=(
            '<img data-src="lazy.png">',
            '<animate attributeName="opacity" from="0" to="1"/>',
            "the implementation = done",
            "dataSrc: 'rows'",
        ),
    ),
    Rule(
        id="xss.escaped_markup",
        code=XSS,
        # Markup or names written so a filter does not see them: a tag in US-ASCII high-bit
        # characters (`\xbc` is `<` to such a page), and an identifier whose plain letters are
        # JavaScript escapes, assigned or called (`\u0065val(`); no encoder escapes letters.
        pattern=(
            r"(?i)\\xbc/?[a-z]+(?:\s[^\\<>]{0,200})?\\xbe|(?i)\x{bc}/[a-z]+\x{be}"
            r"|(?i)(?:\\(?:u00|x)(?:4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])[a-z]*){2,}\s*[=(]"
        ),
        severity=_S,
        score=0.75,
        message="markup or a script name written in escapes (high-bit tag, escaped identifier)",
        examples=(
            "\\xbciframe\\xbe",
            "\\u0061\\u006cert(1)",
            "x.\\x6f\\x6eload=f",
        ),
        counterexamples=(
            "caf\\u00e9 menu",
            '{"note": "\\u003cb\\u003e"}',
            "\u00bc cup flour/sugar \u00be",
            "1\xbc cup",
            'b"\\x41\\x42"',
        ),
    ),
    Rule(
        id="xss.code_from_string",
        code=XSS,
        # Code compiled from a string through a constructor (`x.constructor('alert(1)')()`, the
        # Function constructor reached from any object), and a prototype's property set from
        # input (`__proto__[v-if]=...`), which hands a template engine or a library a gadget.
        pattern=(
            r"(?i)\bconstructor\s*\(\s*(?:'[^']*'|\"[^\"]*\"|`[^`]*`)\s*\)\s*\("
            # A word split across joined literals (`eval('ale'+'rt(1)')`) hides a sink's name;
            # a program joins a literal to a variable, not to another literal.
            r"|(?i)\b(?:eval|settimeout|setinterval|execscript|function|constructor)\s*\(\s*"
            r"(?:'[^'\n]{0,40}'|\"[^\"\n]{0,40}\")\s*\+\s*['\"]"
            # `open` also takes a path joined from pieces (`open("a/" + "b")`), whose first piece
            # ends between path parts; code run by the other sinks may start with any piece
            # (`eval('1/'+'ale'+'rt(1)')` calls alert).
            r"|(?i)\bopen\s*\(\s*"
            r"(?:'(?:[^'\n]{0,39}[^'\n/\\])?'|\"(?:[^\"\n]{0,39}[^\"\n/\\])?\")\s*\+\s*['\"]"
            # Code handed to the Function constructor as a tagged template (`Function`...``);
            # a backtick before the name is Markdown's inline code around it (`` `function` ``).
            r"|(?i)(?:^|[^\w`])(?:function|constructor)`"
            # A number written in base 30 or more spells a name (`8680439..toString(30)`).
            r"|(?i)\b\d{4,}\.\.?\s*tostring\s*\(\s*(?:2[5-9]|3[0-6])\s*\)"
            r"|(?i)__proto__\s*(?:\[\s*['\"]?[\w:.-]+['\"]?\s*\]|\.\s*[\w$]+)\s*="
            r"|(?i)\bconstructor['\"]?\s*\]?\s*\[\s*['\"]?prototype['\"]?\s*\]\s*\["
        ),
        severity=_S,
        score=0.8,
        message="code compiled from a string by a constructor, or a prototype polluted",
        examples=(
            "__proto__[v-if]=_c.constructor('alert(1)')()",
            '[].constructor.constructor("return document.cookie")()',
            "__proto__.isAdmin=true",
            "?constructor[prototype][x]=1",
            "a[constructor]['prototype']['y']=1",
            "eval('ale'+'rt(0)');",
            'Function("ale"+"rt(1)")();',
            "new Function`al\\ert\\`6\\``;",
            "open('java'+'script:x()')",
            "eval('1/'+'ale'+'rt(1)')",
            "setTimeout('1/'+'ev'+'al(name)')",
            "top[8680439..toString(30)](7)",
        ),
        counterexamples=(
            "the constructor('x') pattern in Java",
            "obj.constructor.name",
            "what is __proto__ in JavaScript?",
            "new Foo(constructor) ()",
            'eval("(" + json + ")")',
            "window.open('/report?id=' + id)",
            "id = Math.random().toString(36)",
            "a function `name` in the docs",
            "`function`",
            "the `constructor` keyword",
            'open("a/"+"b")',
            "open('C:\\data\\' + 'report.csv')",
        ),
    ),
)
