"""The export options form (one export and a batch share it) and the preview's query string."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import QueryDict

from exports.exporting import MAX_BATCH_ITEMS, Source
from exports.renderers import (
    FONTS,
    FORMATS,
    HEX_COLOUR,
    MARGINS_MM,
    PAGE_SIZES,
    ExportError,
    ExportOptions,
    accents,
    templates,
)
from exports.renderers.content import DEFAULT_ORDER, HEADINGS

CUSTOM = "custom"
OPTION_KEYS = ("template", "font", "accent", "margins_mm", "page_size")


class ColourInput(forms.TextInput):
    input_type = "color"


class ExportForm(forms.Form):
    """What to export and how it looks. `clean()` builds the ExportOptions every renderer takes."""

    source = forms.ChoiceField(label="What to export")
    template = forms.ChoiceField(widget=forms.RadioSelect)
    font = forms.ChoiceField(required=False)
    accent = forms.ChoiceField(label="Accent colour", required=False)
    accent_custom = forms.CharField(
        label="Your colour",
        required=False,
        initial="#2f5bd3",
        widget=ColourInput,
        help_text="Used when the accent colour is “Your own”.",
    )
    page_size = forms.ChoiceField(label="Page size", choices=list(PAGE_SIZES.items()))
    margins_mm = forms.FloatField(
        label="Margins (mm)",
        min_value=MARGINS_MM[0],
        max_value=MARGINS_MM[1],
        widget=forms.NumberInput(attrs={"step": "1"}),
    )
    sections = forms.MultipleChoiceField(required=False, choices=list(HEADINGS.items()))
    order = forms.MultipleChoiceField(
        required=False, choices=list(HEADINGS.items()), widget=forms.MultipleHiddenInput
    )

    def __init__(self, *args, sources: list[Source], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [(source.key, source.label) for source in sources]
        self.fields["template"].choices = [
            (name, spec["label"]) for name, spec in templates().items()
        ]
        self.fields["font"].choices = [("", "Template's own"), *FONTS.items()]
        self.fields["accent"].choices = [
            ("", "Template's own"),
            *((hex_, name) for hex_, name in accents().items()),
            (CUSTOM, "Your own"),
        ]

    @staticmethod
    def initial_for(options: ExportOptions, source: str) -> dict[str, Any]:
        """The form's starting values for these options (a stored default, say)."""
        palette = options.accent in accents() or not options.accent
        return {
            "source": source,
            "template": options.template,
            "font": options.font,
            "accent": options.accent if palette else CUSTOM,
            "accent_custom": options.accent if not palette else "#2f5bd3",
            "page_size": options.page_size,
            "margins_mm": f"{options.margins_mm:g}",
            "sections": options.sections,
            "order": section_order(options.sections),
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.errors:
            return cleaned
        accent = cleaned.get("accent") or ""
        if accent == CUSTOM:
            accent = cleaned.get("accent_custom") or ""
            if not HEX_COLOUR.match(accent):
                self.add_error("accent_custom", "Write the colour like #2f5bd3.")
                return cleaned
        included = set(cleaned.get("sections") or [])
        order = section_order(cleaned.get("order") or [])
        try:
            cleaned["options"] = ExportOptions(
                template=cleaned["template"],
                font=cleaned.get("font") or "",
                accent=accent,
                margins_mm=cleaned["margins_mm"],
                page_size=cleaned["page_size"],
                sections=[section for section in order if section in included],
            )
        except ExportError as error:
            raise forms.ValidationError(str(error)) from None
        return cleaned

    def section_rows(self) -> list[dict[str, Any]]:
        """Each section in its current order, with whether it is included, for the order list."""
        if self.is_bound:
            order = section_order(self.data.getlist("order"))
            included = set(self.data.getlist("sections"))
        else:
            order = list(self.initial.get("order") or DEFAULT_ORDER)
            included = set(self.initial.get("sections") or [])
        return [
            {
                "key": key,
                "heading": HEADINGS[key],
                "included": key in included,
                "first": index == 0,
                "last": index == len(order) - 1,
            }
            for index, key in enumerate(order)
        ]


class ExportFormatForm(forms.Form):
    """The format the pressed download button names; the renderers refuse one they do not know."""

    format = forms.CharField(required=False, strip=False)

    def chosen(self) -> str:
        """The format sent, or PDF when no button named one (a form submitted with Enter)."""
        if not self.is_valid() or "format" not in self.data:
            return "pdf"
        return self.cleaned_data["format"]


class BatchForm(forms.Form):
    """Several sources in several formats, rendered into one ZIP."""

    batch_sources = forms.MultipleChoiceField(
        label="Versions",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one version."},
    )
    batch_formats = forms.MultipleChoiceField(
        label="Formats",
        widget=forms.CheckboxSelectMultiple,
        choices=[(key, spec.label) for key, spec in FORMATS.items()],
        error_messages={"required": "Choose at least one format."},
    )

    def __init__(self, *args, sources: list[Source], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["batch_sources"].choices = [(source.key, source.label) for source in sources]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        count = len(cleaned.get("batch_sources") or []) * len(cleaned.get("batch_formats") or [])
        if count > MAX_BATCH_ITEMS:
            raise forms.ValidationError(
                f"A batch holds up to {MAX_BATCH_ITEMS} files; choose fewer versions or formats."
            )
        return cleaned


def section_order(order: list[str]) -> list[str]:
    """Every section once: the given order first (unknown names dropped), then the rest as usual."""
    known = [key for key in dict.fromkeys(order) if key in HEADINGS]
    return known + [key for key in DEFAULT_ORDER if key not in known]


def moved(order: list[str], move: str) -> list[str]:
    """The order after "work:up" or "work:down"; anything else leaves it as it was."""
    key, _, direction = move.partition(":")
    order = section_order(order)
    if key not in order or direction not in ("up", "down"):
        return order
    index = order.index(key)
    target = index - 1 if direction == "up" else index + 1
    if 0 <= target < len(order):
        order[index], order[target] = order[target], order[index]
    return order


def preview_query(source: str, options: ExportOptions) -> str:
    """The preview's URL query: the source and every
    option, so the preview is exactly the download."""
    query = QueryDict(mutable=True)
    query["source"] = source
    for key in OPTION_KEYS:
        query[key] = str(getattr(options, key))
    query.setlist("sections", options.sections)
    return query.urlencode()


def options_from_query(query: QueryDict) -> ExportOptions:
    """The options a preview URL carries; ExportError if one is invalid."""
    data: dict[str, Any] = {key: query[key] for key in OPTION_KEYS if key in query}
    data["sections"] = query.getlist("sections")
    return ExportOptions.from_dict(data)


class ShareLinkForm(forms.Form):
    """A new share link: which state of the resume, an optional password and expiry."""

    EXPIRY_CHOICES = [("7", "7 days"), ("30", "30 days"), ("90", "90 days"), ("", "Never")]

    source = forms.ChoiceField(label="What to share")
    password = forms.CharField(
        required=False,
        max_length=128,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="Optional. Visitors must type it before they see the resume.",
    )
    expires_in = forms.ChoiceField(choices=EXPIRY_CHOICES, initial="30", required=False)

    def __init__(self, *args, sources: list[Source], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [(source.key, source.label) for source in sources]


class SharePasswordForm(forms.Form):
    password = forms.CharField(strip=False, max_length=128, widget=forms.PasswordInput)
