// ICU's dictionary-based word break, for breaking titles between words
// (Sources/WengaoKit/Document/TitleLines.swift). ICU renames every function by its version
// (ubrk_open_72); a wrapper here keeps that out of the Swift code.
#include <unicode/ubrk.h>

/// The word boundaries of `text` (UTF-16), in order, into `breaks`; their count, or -1
/// when ICU cannot open a break iterator.
static inline int32_t wengao_word_boundaries(const UChar *text, int32_t length, int32_t *breaks, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "zh_CN", text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t at = ubrk_first(iterator); at != UBRK_DONE && count < capacity; at = ubrk_next(iterator)) {
        breaks[count++] = at;
    }
    ubrk_close(iterator);
    return count;
}
