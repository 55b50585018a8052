"""Every message a questionnaire author can see, in one catalogue (as pyxform's ErrorCode).

Messages are addressed to lawyers writing YAML, not to programmers: they say what is wrong and what to write.
"""

from __future__ import annotations

from enum import Enum


class Msg(Enum):
    # reading the file
    FILE_UNREADABLE = "cannot read the file: {reason}"
    FILE_TOO_LARGE = "{kind} may be at most {limit} MB; this file is larger"
    FILE_EMPTY = "the file is empty"
    NOT_UTF8 = "the file is not UTF-8 text (byte {offset}); save it as UTF-8"
    YAML_SYNTAX = "this is not valid YAML: {problem}"
    JSON_SYNTAX = "this is not valid JSON: {problem}"
    CONTROL_CHARACTER = "the invisible character {code} is not allowed here; remove it"
    LONE_SURROGATE = (
        "`{escape}` is half of a UTF-16 surrogate pair, not a character; write the character itself instead"
    )
    TOO_MANY_DIGITS = "this number has {digits} digits; at most {limit} are allowed"
    NOT_A_MAPPING = "the file must be a mapping of keys such as `kind:`, `id:` and `title:`, not {found}"
    ALIAS_REFUSED = "YAML anchors and aliases (`&name`, `*name`) are not allowed; write the text out in full"
    TAG_REFUSED = "YAML tags such as `{tag}` are not allowed"
    DUPLICATE_KEY = "the key `{key}` appears twice in the same mapping"
    NON_TEXT_KEY = "keys must be plain text, not {found}"
    AMBIGUOUS_BOOLEAN = "`{text}` is ambiguous in YAML; write true or false, or put it in quotes ('{text}') for text"
    AMBIGUOUS_NUMBER = (
        "`{text}` would be read as the number {number}; put it in quotes ('{text}') to keep it as written"
    )
    AMBIGUOUS_DATE = "`{text}` is ambiguous in YAML (a date to some programs); put it in quotes ('{text}')"
    TOO_DEEP = "the file nests more than {limit} levels deep"
    ANSWERS_NOT_A_MAPPING = "the file must be a mapping of question ids to answers, not {found}"
    # the shape of the file (pydantic errors, translated)
    MISSING_KEY = "`{key}` is required here"
    UNKNOWN_KEY = "unknown key `{key}`{hint}"
    WRONG_TYPE = "{field} must be {expected}, not {found}"
    BAD_CHOICE = "{field} must be one of {allowed}, not {found}"
    BAD_PATTERN = "{field}: `{found}` is not allowed; {rule}"
    TOO_SHORT = "{field} must have at least {limit} entr{plural}"
    TOO_LONG = "{field} is too long (at most {limit})"
    OUT_OF_RANGE = "{field} {problem}"
    UNKNOWN_KIND = "`kind` must be `questionnaire` or `lists`, not {found}"
    INVALID = "{field}: {problem}"
    # the questionnaire as a whole
    DUPLICATE_ID = "the id `{id}` is used twice; every id ({what} here) must be unique in the questionnaire"
    RETIRED_ID = "the id `{id}` belonged to a removed item (see `retired_ids`); ids are never reused"
    RENAMED_CLASH = "`renamed_from: {id}` names an id that is still in use in this questionnaire"
    RESERVED_ID = "`{id}` is a reserved word and cannot be used as an id"
    UNKNOWN_LIST = "there is no choice list called `{name}`{hint}"
    UNKNOWN_TAXONOMY = "the taxonomy `{name}` must be a choice list whose entries have `subtypes`"
    CHOICES_MISSING = "this item needs `choices` or `choice_list`"
    CHOICES_BOTH = "write either `choices` or `choice_list`, not both"
    DUPLICATE_CODE = "the choice code `{code}` appears twice in the same list"
    OTHER_CODE_RESERVED = "the code `other` is reserved for `allow_other: true`"
    UNKNOWN_SOURCE = "`{symbol}` is not one of the questionnaire's `sources` ({known})"
    UNKNOWN_RULE = "there is no evidence rule called `{name}`{hint}"
    UNKNOWN_INSTRUMENT_SCOPE = "instrument `{instrument}` is not covered by the enclosing {what} ({allowed})"
    SOURCE_LANGUAGE_NOT_LISTED = "`languages` must include the source language `{lang}`"
    TEXT_WITHOUT_SOURCE_LANGUAGE = "this text has no version in the source language `{lang}`"
    TEXT_LANGUAGE_NOT_LISTED = "this text is written in `{lang}`, which is not in the questionnaire's `languages`"
    BOUNDS_REVERSED = "`min` ({min}) is greater than `max` ({max})"
    INCLUDE_MISSING = "the included file `{name}` does not exist next to this file"
    INCLUDE_NOT_LISTS = "the included file `{name}` must be a shared-lists file (`kind: lists`)"
    INCLUDED_BY = "{message} (in the list file that {questionnaire} includes at line {line})"
    INCLUDE_CONFLICT = "`{name}` is defined both here and in the included file `{file}`"
    UNKNOWN_ITEM = "`{name}` is not an item of this questionnaire{hint}"
    CROSS_REF_UNKNOWN = "`same_as` names item `{item}` of `{questionnaire}`, which has no such item"
    # expressions
    EXPR_SYNTAX = "this condition is not valid: {problem}"
    EXPR_UNKNOWN_NAME = "the condition names `{name}`, which is not an item of this questionnaire{hint}"
    EXPR_UNKNOWN_FUNCTION = "the condition uses `{name}`, which is not available (use: {allowed})"
    EXPR_TYPE_MISMATCH = "the condition compares {left} with {right}"
    EXPR_WHOLE_AND_DECIMAL = (
        "the condition compares {left} with {right}: whole numbers and decimals are not compared with each other; "
        "compare a whole-number item with whole numbers (`staff > 2`), a decimal item with decimals (`share > 2.0`), "
        "or convert one side with `double(…)`"
    )
    EXPR_UNKNOWN_CODE = "`{code}` is not a choice of `{item}` (its choices: {allowed})"
    EXPR_NOT_BOOLEAN = "the condition must be true or false, but this gives {found}"
    EXPR_VALUE_OUTSIDE = "`value` can only be used in constraints and evidence rules"
    EXPR_CYCLE = "circular relevance: {cycle}"
    EXPR_SELF_RELEVANCE = "an item cannot be relevant depending on its own answer"
    # translations (omnibus validate --lang)
    MISSING_TRANSLATION = "no `{lang}` translation of this text"
    PO_UNREADABLE = "this is not a readable PO file: {reason}"
    PO_LANGUAGE = (
        "the PO file's `Language` header is `{lang}`; it must be one of ar, en, es, fr, ru, zh, "
        "other than the source language `{source}`"
    )
    PO_OTHER_DOCUMENT = "this PO file holds the texts of `{found}`, not of `{expected}`"
    PO_UNKNOWN_TEXT = "`{name}` is not a text of this questionnaire (an id changed or was removed); export again"
    PO_DUPLICATE_TEXT = "`{name}` appears more than once in the PO file; keep one entry"
    PO_MSGID_EDITED = (
        "the source text (msgid) of `{name}` is not the one exported; write the translation in msgstr and leave "
        "msgid as it was"
    )
    PO_SOURCE_CHANGED = (
        "the `{lang}` text of `{name}` changed in the questionnaire since this file was exported; export again "
        "and translate the new text"
    )
    PO_PLACEHOLDERS = (
        "the translation of `{name}` must keep the placeholders of the source text ({expected}), not ({found})"
    )
    TRANSLATION_NOT_LISTED = (
        "`translations` names `{lang}`, which is not in `languages`; add it there or remove it here"
    )

    # working together: assignments, contributions, conflicts and sign-offs (front ends translate them by name)
    ASSIGN_NOTHING = "choose at least one section or item to assign to {institution}"
    ASSIGN_NO_INSTITUTION = "give the name of the institution the part is assigned to"
    ASSIGN_UNKNOWN_SECTION = "this questionnaire has no section {section}"
    ASSIGN_UNKNOWN_ITEM = "this questionnaire has no question {item}"
    ASSIGN_NOTHING_MISSING = "{institution} has answered everything assigned to it: no reminder is needed"
    ASSIGN_NOT_ASSIGNED = "nothing of this assessment is assigned to {institution}"
    ASSIGNMENT_UNKNOWN = "there is no assignment {assignment}"
    NOT_AN_ASSIGNMENT = "this assessment does not answer an assignment: open the assignment file first"
    CONTRIBUTION_OTHER_ASSESSMENT = (
        "this contribution answers assessment {found}, not this one ({expected}); import it into that assessment"
    )
    CONTRIBUTION_OTHER_COUNTRY = "this contribution is for {found}, but the assessment is for {expected}"
    CONTRIBUTION_OTHER_EDITION = (
        "this contribution answers {found_id} version {found_version}, but the assessment uses {expected_id} "
        "version {expected_version}"
    )
    CONTRIBUTION_UNKNOWN_ASSIGNMENT = (
        "this contribution answers assignment {assignment}, which was not made from this assessment"
    )
    CONTRIBUTION_OTHER_INSTITUTION = (
        "this contribution is signed for {found}, but assignment {assignment} was given to {expected}"
    )
    CONTRIBUTION_OUTSIDE_ASSIGNMENT = "this contribution answers {item}, which was not assigned to {institution}"
    CONTRIBUTION_UNKNOWN_KEY = (
        "{institution} has no trusted key yet; this contribution is signed by {fingerprint}. Check the fingerprint "
        "with {institution} (by telephone, say) and import again, trusting it"
    )
    CONTRIBUTION_OTHER_KEY = (
        "this contribution is signed by {fingerprint}, but the key trusted for {institution} is {trusted}; "
        "if {institution} really has a new key, check it with them and import again, trusting it"
    )
    CONTRIBUTION_OLDER_ROUND = (
        "this is round {round} of {institution}'s contribution, but round {newest} was already imported; "
        "an older round is never merged over a newer one"
    )
    CONTRIBUTION_ROUND_REUSED = (
        "round {round} of {institution}'s contribution was already imported from a different file; "
        "ask {institution} for a new round"
    )
    CONTRIBUTION_VALUE = "the answer to {item} in this contribution is refused: {problem}"
    ASSIGNMENT_VALUE = "the answer to {item} in this assignment is refused: {problem}"
    CONTRIBUTION_SIGN_OFF_SECTION = "this contribution signs off section {section}, which was not assigned to it"
    CONFLICT_UNKNOWN = "there is no open conflict {conflict} in this assessment"
    CONFLICT_COMBINED_NEEDS_VALUE = "to combine both answers, give the combined value"
    SIGN_OFF_UNKNOWN_SECTION = "this questionnaire has no section {section}"
    SIGN_OFF_NAME = "give the name of the person who signs off"
    ANSWER_OUTSIDE_ASSIGNMENT = (
        "{item} is not part of the assignment this assessment answers; it is shown for context only"
    )
    SIGN_OFF_OUTSIDE_ASSIGNMENT = "section {section} is not part of the assignment this assessment answers"

    def format(self, **fields: object) -> str:
        return self.value.format(**fields)
