"""A small linear prompt-injection classifier that ships in the package: no download, no numpy.

Features are binary (present or not, so a template repeated ten times is no stronger than once):
lower-cased words, their first five letters (so "ignora", "ignorez" and "ignoring" share evidence
across languages; a stem and the five-letter word it equals are one feature), character pairs
inside Chinese, Japanese and Korean runs, the ids of the injection rules that matched, and the
kinds of instruction-like vocabulary present and their pairs (see `CUE_SOURCES`). Each present
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
frames) occur, each widened by `OVERLAP` characters on
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
from operator import itemgetter
from typing import Any

from bastion.core.patterns import PatternSet

WINDOW = 256
MIN_NORM = 12
BLOCK = 4096
MAX_BLOCKS = 8
OVERLAP = 512
_STEM = 5

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
CUE_SOURCES = (
    (
        r"(?i)\b(?:ignor|disregard|forget|overrid|bypass|vergiss|vergess|olvid|oubli|dimentic"
        r"|esque|negeer|zignoruj|zapomn|abaikan|lupakan|bỏ qua|quên)|игнор|забуд"
        r"|忽略|无视|忘记|無視|忘れ|무시|잊어|تجاهل|انس|अनदेखा|भूल"
    ),
    (
        r"(?i)\b(?:instruction|directive|guideline|rules\b|prompt|anweisung|instruccion|consigne"
        r"|istruzion|instruç|instructies|polecen|instrukcj|talimat|instruksi|hướng dẫn)|инструкц"
        r"|指令|指示|提示|지시|تعليمات|निर्देश"
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
        r"|mot\s+de\s+passe|senha|wachtwoord|hasł|heslo|mật\s+khẩu|kata\s+sandi|şifre|lösenord)"
        r"|пароль|密码|密碼|パスワード|비밀번호|كلمة\s+المرور|पासवर्ड"
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
        r"|security\s+team|authori[sz]ed?)\b|管理员|開発者|관리자|администратор"
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
        r"(?i)\b(?:base\s?64|binary|binär|binario|binaire|biner|hexadecimal|caesar|cipher|morse"
        r"|rot13|decode|decodific|décod|dekodier|reverse\s+order|backwards|al\s+revés|à\s+l'envers"
        r"|rückwärts)|二进制|解码|デコード|디코드|двоичн|декодир|डिकोड|बाइनरी|বাইনারি"
    ),
    # A hypothetical frame: "suppose", "imagine we are in 2050", in many languages.
    (
        r"(?i)\b(?:suppose|hypothetical|imagine|let'?s\s+say|fictional|supongamos|imagina|hipotétic"
        r"|hypothétique|imaginons|supposons|angenommen|stell\s+dir\s+vor|hypothetisch|immagina"
        r"|supponiamo|ipotetic|misalkan|bayangkan|isipin|giả\s+sử|tưởng\s+tượng)|представ|предполож"
        r"|假设|想象|仮に|想像して|가정해|상상해|मान\s+लीजिए|कल्पना|افترض|تخيل|ধরুন|কল্পনা"
    ),
)
CUES = PatternSet(CUE_SOURCES)
_STEM_OF = itemgetter(slice(None, _STEM))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens."""
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
        extra = cue_features(kinds)
        ascii_only = region.isascii()
        found.extend(
            chunk_features(part, ids, ascii_only=ascii_only, extra=extra)
            for part in chunks(tokens(region))
        )
    return found


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
    found = set(words)
    # A word of up to `_STEM` letters is its own stem and already present, so every word's
    # prefix can be added, with the slicing done by `map` at C speed.
    stems = set(map(_STEM_OF, found))
    if not ascii_only and not "".join(found).isascii():
        for word in [word for word in found if _DENSE.search(word)]:
            found.update("c:" + word[i : i + 2] for i in range(len(word) - 1))
    found |= stems
    found.update("r:" + rule_id for rule_id in rule_ids)
    found.update(extra)
    return found


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
        if not features:
            return _logistic(self.bias)
        total = sum(map(self.weights.get, features, _ZERO))
        return _logistic(self.bias + total / math.sqrt(max(len(features), MIN_NORM)))

    def score(
        self, text: str, rule_ids: Iterable[str] = (), cues: Sequence[int] | None = None
    ) -> float:
        """Highest chunk probability over the text (over its most suspect blocks, if long);
        `cues` as for `features`."""
        return max(map(self.probability, features(text, rule_ids, cues)))


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
