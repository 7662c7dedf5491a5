"""Texts built at run time that the UI can still translate: a template plus its arguments."""

from __future__ import annotations

from collections.abc import Iterable


class Text(str):
    """A str equal to ``template.format(*args)`` that remembers ``template`` and ``args``.

    The domain writes its messages in Swedish; the UI looks the template (and every argument
    that is itself a text) up in its translations and formats it again in the chosen language.
    """

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, *args: object) -> Text:
        text = super().__new__(cls, template.format(*args))
        text.template = template
        text.args = args
        return text

    def __getnewargs__(self) -> tuple[object, ...]:  # type: ignore[override]
        # Copies and pickles are built again from the template, not from the formatted text.
        return (self.template, *self.args)


def join_sentences(sentences: Iterable[str]) -> str:
    """Sentences joined by spaces, as one translatable text ("" when there are none)."""
    joined: str | None = None
    for sentence in sentences:
        joined = sentence if joined is None else Text("{0} {1}", joined, sentence)
    return joined or ""
