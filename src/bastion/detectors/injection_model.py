"""A small linear prompt-injection classifier that ships in the package: no download, no numpy.

Features are binary (present or not, so a template repeated ten times is no stronger than once):
lower-cased words, their first five letters (so "ignora", "ignorez" and "ignoring" share evidence
across languages; a stem and the five-letter word it equals are one feature), character pairs
inside Chinese, Japanese and Korean runs, the ids of the injection rules that matched, the
kinds of instruction-like vocabulary present and their pairs (see `CUE_SOURCES`), and whether one
word is repeated many times in a row (padding, `REPEATED`). Each present
feature adds its weight, the sum is divided by `sqrt(max(n, MIN_NORM))` for `n` features (so a
fragment of two or three words, such as a line of code, cannot ride on one heavy word), and the
probability is the logistic of the bias plus that. Word pairs and character n-grams were tried and
dropped: in pure Python they cost several times more per kilobyte for no gain out of source.

A text longer than `WINDOW` words is cut into the fewest equal, non-overlapping chunks of at most
`WINDOW` words and the highest chunk wins, so an injection buried in a long document is not
diluted, and the cost stays one pass over the words (overlapping windows scored them twice).

The classifier's work per text is capped: a text longer than `MAX_BLOCKS` blocks of `BLOCK`
characters is scored only on the `MAX_BLOCKS` blocks where the most kinds of instruction-like
vocabulary (`CUES`: discarding verbs, instruction nouns, personas, requests for secrets, role
markers, claims of no limits, addressing an AI, another user's data, encodings, hypothetical
frames, personal data, encoded-looking runs, payloads in parts, question-and-answer transcripts,
claimed special modes, "your password") occur, each widened by `OVERLAP` characters on
both sides so a sentence cut at a block edge is still seen whole. One RE2 scan per block finds the
cues, which costs a fraction of tokenising the block; the rules still read the whole text.

The weights in `injection_model.json` are trained by `scripts/train_injection.py`, which also
chooses the decision threshold stored beside them (see that script for how).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from operator import eq, itemgetter
from typing import Any

from bastion.core.patterns import PatternSet
from bastion.core.rules import typographic

WINDOW = 256
MIN_NORM = 12
BLOCK = 4096
MAX_BLOCKS = 8
OVERLAP = 512
_STEM = 5
REPEATS = 3
REPEATED = "f:repeated"

_WORD = re.compile(r"\w+")
# ASCII text is lower-cased and split with C-speed byte operations in one table: capitals become
# small letters and every byte that is not a word character (the ASCII meaning of \w) becomes a
# space, which gives the tokens `_WORD` would find in the lower-cased text.
_ASCII_SPLIT = bytes(
    ord(chr(byte).lower())
    if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) == "_")
    else 0x20
    for byte in range(256)
)
# Scripts written without spaces: a run of them is one \w+ token, so it is split into pairs.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_ZERO = repeat(0.0)
# Instruction-like vocabulary by kind, in many languages. Each kind present in a text is a feature,
# and so is each pair of kinds ("a discarding verb" with "an instruction noun"): the lexicon maps
# every language onto the same few features, which carry over to sources the weights never saw.
_CUE_SOURCES = (
    (
        r"(?i)\b(?:ignor|disregard|forget|overrid|bypass|vergiss|vergess|olvid|oubli|dimentic"
        r"|esque|negeer|zignoruj|zapomn|abaikan|lupakan|bỏ qua|quên|kalimutan|balewalain"
        r"|huwag\s+pansinin|unut|görmezden)|αγνό|ξέχασ|игнор|забуд|忽略|无视|忘记|無視|忘れ|무시"
        r"|잊어|تجاهل|انس|अनदेखा|भूल|উপেক্ষা|ভুলে|ละเว้น|เพิกเฉย|ไม่ต้องสนใจ|อย่าไปสนใจ|ลืม"
    ),
    (
        r"(?i)\b(?:instruction|directive|guideline|rules\b|prompt|anweisung|instruccion|consigne"
        r"|istruzion|instruç|instructies|polecen|instrukcj|talimat|instruksi|hướng dẫn|tagubilin"
        r"|panuto)|οδηγί|инструкц|指令|指示|提示|지시|지침|تعليمات|निर्देश|নির্দেশ|คำแนะนำ"
        r"|คําแนะนํา|คำสั่ง|คําสั่ง"
    ),
    (
        r"(?i)\b(?:pretend|role-?play|act\s+as|you\s+are\s+now|from\s+now\s+on|jailbr|persona"
        r"|developer\s+mode|in\s+character|ahora\s+eres|du\s+bist\s+jetzt|tu\s+es\s+maintenant"
        r"|finge|fai\s+finta|finja|a\s+partir\s+de\s+ahora|d'ora\s+in\s+poi"
        r"|à\s+partir\s+de\s+maintenant|ab\s+sofort|ab\s+jetzt)|\bDAN\b|从现在|今から|притвор"
        r"|теперь\s+ты|지금부터|من\s+الآن"
    ),
    (
        r"(?i)\b(?:password|passcode|secret|api\s+key|credential|contraseña|passwort"
        r"|mot\s+de\s+passe|senha|wachtwoord|hasł|heslo|mật\s+khẩu|kata\s+sandi|lösenord"
        r"|parola|pass\s*phrase|secret\s+(?:code|word|key)|access\s+code|confidential\s+string"
        r")|şifre|κωδικ|пароль|密码|密碼|口令|パスワード|暗証|비밀번호|암호|كلمة\s+(?:المرور|السر)"
        r"|पासवर्ड|पासफ्रेज़|गुप्त\s+कोड|পাসওয়ার্ড|পাসওয়র্ড|গোপন\s+কোড|รหัสผ่าน|รหัสลับ"
    ),
    (
        r"(?i)<\||\[/?INST\]|#{2,}\s*\w+\s*:|<</?SYS|\b(?:system|assistant)\s*:|<!--"
        r"|<\s*/?\s*system"
    ),
    (
        r"(?i)\b(?:no|without(?:\s+any)?)\s+(?:rules|restrictions|limits|filters)\b|\bunfiltered"
        r"|\buncensored|\bunrestricted|\bnever\s+refuse|\bsin\s+(?:restricciones|reglas|filtros)"
        r"|\bohne\s+(?:einschr|regeln|filter)|\bsans\s+(?:restrictions|règles|filtres|limite)"
        r"|\bsenza\s+(?:regole|restrizioni|filtri)|\bsem\s+(?:restri|regras|filtros)"
        r"|без\s+(?:ограничений|правил)|没有.{0,4}(?:限制|规则)|制限のない|제한.{0,3}없는"
    ),
    (
        r"(?i)\b(?:ai|llm|language\s+model|chatgpt|gpt|assistant|ki|ia|chatbot)\b|ИИ|人工智能|助手"
        r"|アシスタント|인공지능|ذكاء\s+اصطناعي"
    ),
    (
        r"(?i)\b(?:system\s+(?:prompt|message|mode)|systemprompt|prompt\s+(?:del\s+)?sistema"
        r"|prompt\s+système|initial\s+instructions|hidden\s+instructions|configuration|verbatim"
        r"|word\s+for\s+word|repeat\s+(?:the|everything|all))|系统提示|システムプロンプト|시스템\s*프롬프트"
        r"|системн\w*\s+промпт"
    ),
    (
        r"(?i)\b(?:reveal|disclose|leak|tell\s+me|give\s+me|share|print|output|show\s+me|dime"
        r"|dimmi|sag\s+mir|dis-moi|diga|révèle|revela|verrate)\b|告诉我|教えて|알려|скажи|покажи|أخبرني"
    ),
    (
        r"(?i)\b(?:admin|administrator|developer|creator|root|sudo|god\s+mode|openai|anthropic"
        r"|security\s+team|authori[sz]ed?|desarrollador|développeur|entwickler|sviluppatore"
        r"|desenvolvedor|programador|ontwikkelaar|pengembang|geliştirici|nhà\s+phát\s+triển"
        r"|δημιουργ|προγραμματιστ)|管理员|開発者|开发者|开发人员|관리자|개발자|администратор"
        r"|разработчик|डेवलपर|डेवलपर|ডেভেলপার|নির্মাতা|นักพัฒนา|ผู้ดูแลระบบ|المطور|مطور"
    ),
    (r"(?i)\b(?:must|immediately|important|attention|urgent|now|instead|override)\b"),
    # Someone else's data held by the deployment: "the user's birth year", in many languages.
    (
        r"(?i)\b(?:the\s+user'?s|other\s+users'?|del\s+usuario|de\s+l'utilisateur|des\s+(?:benutzers"
        r"|nutzers)|dell'utente|do\s+usuário|pengguna|ng\s+user|người\s+dùng|kullanıcının)"
        r"|उपयोगकर्ता|пользовател|用户的|ユーザーの|사용자의|المستخدم|ব্যবহারকারী"
    ),
    # Text to be encoded, decoded or turned around, the way filters are slipped past.
    (
        # "base64" as a word, not as the encoding a data URI names (`data:image/png;base64,`).
        r"(?i)(?:^|[^;])\bbase\s?64|\b(?:binary|binär|binario|binaire|biner|hexadecimal|caesar|cipher|morse"
        r"|rot13|decode|decodific|décod|dekodier|reverse\s+order|backwards|al\s+revés|à\s+l'envers"
        r"|rückwärts)|二进制|解码|デコード|디코드|двоичн|декодир|डिकोड|बाइनरी|বাইনারি"
    ),
    # A hypothetical frame: "suppose", "imagine we are in 2050", in many languages.
    (
        r"(?i)\b(?:suppose|hypothetical|imagine|let'?s\s+say|fictional|supongamos|imagina|hipotétic"
        r"|hypothétique|imaginons|supposons|angenommen|stell\s+dir\s+vor|hypothetisch|immagina"
        r"|supponiamo|ipotetic|misalkan|bayangkan|isipin|giả\s+sử|tưởng\s+tượng|varsayalım"
        r"|hayal\s+et|wyobraź|załóżmy|stel\s+je\s+voor|parallel\s+(?:world"
        r"|universe)|in\s+a\s+world\s+where|mundo\s+paralelo|universo\s+paralelo"
        r"|monde\s+parallèle|parallelwelt|paralleluniversum)|φαντα|ας\s+υποθέσουμε|представ|предполож|假设|想象|仮に"
        r"|想像して|平行世界|가정해|상상해|평행\s*세계|मान\s+लीजिए|कल्पना|समानांतर|افترض|تخيل"
        r"|ধরুন|কল্পনা|สมมติ|จินตนาการ|คู่ขนาน"
    ),
    # Personal data of someone: an e-mail address, a birth date, where they live, in many
    # languages (an assistant holding a user's profile is asked for someone else's).
    (
        r"(?i)\b(?:e-?mail\s+address|birth\s*(?:date|day|year|month)|date\s+of\s+birth"
        r"|(?:city|place)\s+of\s+residence|home\s+address|social\s+security|bank\s+balance"
        r"|where\s+does\s+\w+(?:\s+\w+)?\s+live|correo\s+electr|fecha\s+de\s+nacimiento"
        r"|adresse\s+(?:e-?mail|électronique)|date\s+de\s+naissance|e-?mail-?adresse"
        r"|geburts(?:datum|tag|jahr)|wohnort|indirizzo\s+(?:e-?mail|di\s+posta)"
        r"|data\s+di\s+nascita|endereço\s+de\s+e-?mail|data\s+de\s+nascimento"
        r"|alamat\s+email|tanggal\s+lahir|tarihi\s+doğum|doğum\s+tarihi|e-?posta\s+adres"
        r"|ngày\s+sinh|petsa\s+ng\s+kapanganakan)|địa\s+chỉ\s+email"
        r"|адрес\s+электронной|дата\s+рождения|дату\s+рождения|电子邮件地址|邮箱地址|出生日期"
        r"|生日|メールアドレス|生年月日|誕生日|이메일\s*주소|생년월일|생일|البريد\s+الإلكتروني"
        r"|تاريخ\s+الميلاد|ईमेल\s+पता|जन्म\s+(?:तिथि|तारीख|वर्ष)|ইমেল\s+ঠিকানা|ইমেইল"
        r"|জন্ম\s+তারিখ|ที่อยู่อีเมล|วันเกิด"
    ),
    # Encoded text: padded base64, hexadecimal or binary bytes, Morse code. A base64 run counts
    # from its first character, and not after the comma that opens a data URI's payload: an
    # inline image or attachment is content, not a message to decode.
    (
        r"(?:^|[^,A-Za-z0-9+/]|(?:^|[^4]),)(?:[A-Za-z0-9+/]{4}){5,}"
        r"(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)"
        r"|\b[0-9a-fA-F]{2}(?:\s[0-9a-fA-F]{2}){11,}\b|\b(?:[2-7][0-9a-fA-F]){16,}\b"
        r"|\b[01]{8}(?:\s[01]{7,8}){5,}\b|(?:[.-]{1,5}\s+(?:/\s+)?){12}"
    ),
    # A payload assembled from pieces: "part 1 is ... part 2 is", "z = a + b + c".
    (
        r"(?i)\b(?:part|parte|partie|teil|bagian|bahagi|kısım|phần)\s*[12]\b|\b[a-z]\s*\+\s*[a-z]"
        r"\s*\+\s*[a-z]\b|\bcombine\s+(?:the\s+)?(?:[a-z],|strings|parts|pieces)|часть\s*[12]"
        r"|第[一二12]部分|パート[12]|부분\s*[12]|भाग\s*[12१२]|ভাগ\s*[12১২]|ส่วนที่\s*[12]|الجزء\s*[12]"
    ),
    # A made-up transcript of questions and answers (many-shot).
    (
        r"(?:\bQ|\bQuestion|\bPregunta|\bFrage|\bHỏi|Вопрос|\bВ|प्रश्न|প্রশ্ন|ถาม|س|问|問|질문)\s*[:：]"
        r".*(?:\bA|\bAnswer|\bRespuesta|\bAntwort|\bĐáp|Ответ|\bО|उत्तर|উত্তর|ตอบ|ج|答|답변)\s*[:：]"
        r".*(?:\bQ|\bQuestion|\bPregunta|\bFrage|\bHỏi|Вопрос|\bВ|प्रश्न|প্রশ্ন|ถาม|س|问|問|질문)\s*[:：]"
    ),
    # A claimed special mode or check of the assistant itself.
    (
        r"(?i)\b(?:maintenance|debug|diagnostic|verification|developer|admin|test(?:ing)?|god|sudo"
        r"|override|training)\s+mode|\bsystem\s+(?:check|diagnostic|audit|override)|\bmodo\s+"
        r"(?:de\s+)?(?:mantenimiento|manutenção|manutenzione|depuración|desarrollador|desenvolvedor"
        r"|sviluppatore|verificación)|\bmode\s+(?:maintenance|débogage|développeur|vérification)"
        r"|(?:wartungs|entwickler|debug|test)modus|режим\s+(?:обслуживания|отладки|разработчика)"
        r"|维护模式|调试模式|开发者模式|メンテナンスモード|デバッグモード|유지\s*보수\s*모드|디버그\s*모드"
        r"|रखरखाव\s+मोड|डीबग\s+मोड|सिस्टम\s+(?:चेक|जांच)|시스템\s*점검|وضع\s+الصيانة"
        r"|โหมดการบำรุงรักษา|การตรวจสอบระบบ"
    ),
    # The reader's own password ("your password"): a customer speaks of theirs, an attacker asks
    # for the assistant's.
    (
        r"(?i)\byour\s+(?:own\s+)?(?:password|passcode|pass\s*phrase|secret\s+(?:code|word|key)"
        r"|access\s+code)|\b(?:tu|su)\s+(?:contraseña|clave\s+secreta)|\b(?:ton|votre)\s+mot\s+de"
        r"\s+passe|\b(?:dein|ihr)e?[sm]?\s+passwort|\btua\s+password|\b(?:sua|tua)\s+(?:senha"
        r"|palavra-passe)|\b(?:je|uw)\s+wachtwoord|\b(?:twoje|swoje)\s+hasło|(?:şifren|parolan)(?:[ıi]z(?:[ıi]|e|a|[ıi]n)?|[ıi]|e|a)?"
        r"(?:\s|[?.!,]|$)|\bkata\s+sandi\s*(?:anda|kamu|mu)\b|\bpassword\s*(?:anda|kamu|mo)"
        r"\b|mật\s+khẩu\s+của\s+bạn|\b(?:iyong|inyong)\s+password|κωδικ\S*\s+(?:σου|σας)"
        r"|(?:ваш|тво)\S*\s+парол|у\s+(?:вас|тебя)\s+пароль|你的密[码碼]|您的密[码碼]"
        r"|あなたのパスワード|(?:당신|너|귀하)의\s*(?:비밀번호|암호)|كلمة\s+(?:المرور|السر)\s+الخاصة\s+بك"
        r"|كلمة\s+مرورك|(?:आपका|आपके|तुम्हारा|तुम्हारे)\s+पासवर्ड|आप\s+अपना\s+पासवर्ड"
        r"|(?:আপনার|তোমার)\s+পাসওয়ার্ড|รหัสผ่านของคุณ"
    ),
)
# Like the rules, the cues read typographic apostrophes as ASCII ones ("let’s say", "d’ora").
CUE_SOURCES = tuple(typographic(source) for source in _CUE_SOURCES)
CUES = PatternSet(CUE_SOURCES)
_STEM_OF = itemgetter(slice(None, _STEM))


# Punctuation that phones and word processors put into otherwise ASCII text (curly quotes and
# apostrophes, dashes, ellipsis, guillemets, bullets, the no-break space). None of it is a word
# character, so reading it as a space leaves the tokens as they were and keeps such a message on
# the ASCII path, which is several times faster than the Unicode one.
_TYPOGRAPHIC = (
    "\u2019\u2018\u201c\u201d\u201e\u201f\u2032\u00b4\u2010\u2011\u2012\u2013\u2014\u2015"
    "\u2026\u2022\u00b7\u00a0\u00ab\u00bb\u2039\u203a"
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens."""
    if not text.isascii():
        for char in _TYPOGRAPHIC:
            if char in text:
                text = text.replace(char, " ")
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_SPLIT).decode("ascii").split()
    return _WORD.findall(text.lower())


def chunks(words: list[str]) -> list[list[str]]:
    """The words cut into the fewest equal non-overlapping chunks of at most `WINDOW` words."""
    if len(words) <= WINDOW:
        return [words]
    count = -(-len(words) // WINDOW)
    size = -(-len(words) // count)
    return [words[start : start + size] for start in range(0, len(words), size)]


def cue_features(kinds: Sequence[int]) -> frozenset[str]:
    """Feature names for the kinds of `CUES` present (indices, ascending), and every pair."""
    return _cue_names(tuple(kinds))


# At most 2 ** len(CUE_SOURCES) distinct answers, each a pure function of its argument; building
# the pair names cost more than the rest of the classifier on a short message.
@functools.lru_cache(maxsize=1 << len(CUE_SOURCES))
def _cue_names(kinds: tuple[int, ...]) -> frozenset[str]:
    return frozenset(
        [f"k:{kind}" for kind in kinds]
        + [f"k:{first}+{second}" for first in kinds for second in kinds if first < second]
    )


def features(
    text: str, rule_ids: Iterable[str] = (), cues: Sequence[int] | None = None
) -> list[set[str]]:
    """The feature sets the classifier scores for `text`: one per chunk of each region.

    `cues`, when the caller has already scanned `text` for `CUES` (say in the same set scan as
    its rules), saves that scan for a text that is its own only region.
    """
    ids = tuple(rule_ids)
    parts = regions(text)
    found: list[set[str]] = []
    for region in parts:
        kinds = cues if cues is not None and len(parts) == 1 else CUES.matching(region)
        found.extend(_region_features(tokens(region), ids, kinds, ascii_only=region.isascii()))
    return found


def _region_features(
    words: list[str], ids: tuple[str, ...], kinds: Sequence[int], *, ascii_only: bool
) -> list[set[str]]:
    """The feature sets of one region, given its words: one per chunk."""
    extra = cue_features(kinds)
    return [chunk_features(part, ids, ascii_only=ascii_only, extra=extra) for part in chunks(words)]


def chunk_features(
    words: Iterable[str],
    rule_ids: Iterable[str] = (),
    *,
    ascii_only: bool = False,
    extra: Iterable[str] = (),
) -> set[str]:
    """The distinct feature names of one chunk of words (`ascii_only`: the words are known to
    be ASCII, so there are no dense-script pairs to look for; `extra`: features of the region
    the chunk came from, such as its cues)."""
    found = word_features(words if isinstance(words, list) else list(words), ascii_only)
    found.update(rule_features(rule_ids))
    found.update(extra)
    return found


def word_features(listed: list[str], ascii_only: bool = False) -> set[str]:
    """The features of a chunk that come from its words: the words, their stems, dense-script
    pairs and `REPEATED`. None of them holds a ":" but those three kinds' prefixes, so they never
    coincide with a rule's or a cue's feature."""
    found = set(listed)
    # A word of up to `_STEM` letters is its own stem and already present, so every word's
    # prefix can be added, with the slicing done by `map` at C speed.
    stems = list(map(_STEM_OF, found))
    if not ascii_only and not "".join(found).isascii():
        for word in [word for word in found if _DENSE.search(word)]:
            found.update("c:" + word[i : i + 2] for i in range(len(word) - 1))
    found.update(stems)
    # The same word many times in a row ("cake cake cake ...") is padding meant to push the
    # instructions around it out of view; ordinary prose almost never repeats a word at once.
    # Comparing the words pairwise (first with second, third with fourth) costs half of
    # comparing each with the next, and a run of `2 * REPEATS + 1` words is still seen. `map`
    # draws both arguments from one iterator, so the pairs come without copying the list.
    pairs = iter(listed)
    if sum(map(eq, pairs, pairs)) >= REPEATS:
        found.add(REPEATED)
    return found


def rule_features(rule_ids: Iterable[str]) -> set[str]:
    """The features naming the injection rules that matched."""
    return {"r:" + rule_id for rule_id in rule_ids}


@dataclass(frozen=True, slots=True)
class InjectionModel:
    """Weights, bias and the decision threshold of the linear classifier."""

    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InjectionModel:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )

    def probability(self, features: set[str]) -> float:
        """Probability that the chunk these features came from is an injection."""
        return self._of_sum(sum(map(self.weights.get, features, _ZERO)), len(features))

    def _of_sum(self, total: float, count: int) -> float:
        """The probability for `count` distinct features whose weights add up to `total`."""
        if not count:
            return _logistic(self.bias)
        return _logistic(self.bias + total / math.sqrt(max(count, MIN_NORM)))

    def score(
        self, text: str, rule_ids: Iterable[str] = (), cues: Sequence[int] | None = None
    ) -> float:
        """Highest chunk probability over the text (over its most suspect blocks, if long);
        `cues` as for `features`."""
        if cues is None or len(text) > BLOCK * MAX_BLOCKS:
            return max(map(self.probability, features(text, rule_ids, cues)))
        words = tokens(text)
        if len(words) > WINDOW:  # one region of several chunks, its words already read
            parts = _region_features(words, tuple(rule_ids), cues, ascii_only=text.isascii())
            return max(map(self.probability, parts))
        # One region of one chunk, the usual message: the same sum as `probability` over
        # `features`, taken in parts that are known to be disjoint (see `word_features`), so
        # no set of every feature is built.
        found = word_features(words, text.isascii())
        others = rule_features(rule_ids)
        others.update(cue_features(cues))
        weight = self.weights.get
        total = sum(map(weight, found, _ZERO)) + sum(map(weight, others, _ZERO))
        return self._of_sum(total, len(found) + len(others))


def regions(text: str) -> list[str]:
    """The text itself, or, past `MAX_BLOCKS` blocks, the widened blocks richest in `CUES`."""
    if len(text) <= BLOCK * MAX_BLOCKS:
        return [text]
    starts = range(0, len(text), BLOCK)
    kinds = [len(CUES.matching(text[start : start + BLOCK])) for start in starts]
    # Most kinds of cue first; `sorted` is stable, so ties go to the earlier block.
    ranked = sorted(range(len(kinds)), key=kinds.__getitem__, reverse=True)[:MAX_BLOCKS]
    return [
        text[max(0, starts[index] - OVERLAP) : starts[index] + BLOCK + OVERLAP]
        for index in sorted(ranked)
    ]


def _logistic(value: float) -> float:
    if value < -40.0:
        return 0.0
    if value > 40.0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-value))


def load_model() -> InjectionModel:
    """The weights shipped inside the package."""
    raw = resources.files("bastion.detectors").joinpath("injection_model.json").read_text("utf-8")
    return InjectionModel.from_json(json.loads(raw))
