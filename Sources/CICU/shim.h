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

#include <unicode/ucnv.h>

/// The Unicode scalars of GB2312's 6,763 hanzi (rows 16 to 87, bytes B0A1 to F7FE in EUC-CN),
/// into `scalars`, as ICU's GB2312 converter decodes them; their count, or -1 when ICU has no
/// such converter.
static inline int32_t wengao_gb2312_hanzi(uint32_t *scalars, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB2312", &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int row = 0xB0; row <= 0xF7; row++) {
        for (int cell = 0xA1; cell <= 0xFE; cell++) {
            char bytes[2] = {(char)row, (char)cell};
            UChar decoded[4];
            status = U_ZERO_ERROR;
            ucnv_reset(converter);
            int32_t length = ucnv_toUChars(converter, decoded, 4, bytes, 2, &status);
            // Unassigned cells (the end of row 55) decode to a substitute, not a hanzi.
            if (U_SUCCESS(status) && length == 1 && decoded[0] >= 0x4E00 && decoded[0] <= 0x9FFF && count < capacity) {
                scalars[count++] = decoded[0];
            }
        }
    }
    ucnv_close(converter);
    return count;
}

/// Decodes GB18030 bytes (which include GBK and GB2312) into UTF-16 `output`; the UTF-16
/// length, or -1 when the bytes are not GB18030 or `output` is too small. For text files
/// that `wengao import` reads (Sources/WengaoKit/Import/TextDecoding.swift).
static inline int32_t wengao_decode_gb18030(const char *bytes, int32_t length, UChar *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    int32_t count = ucnv_toUChars(converter, output, capacity, bytes, length, &status);
    ucnv_close(converter);
    return U_FAILURE(status) ? -1 : count;
}

/// Counts the CJK unified ideographs in `text` (UTF-16) into `hanzi`, and returns how many of
/// them GB2312 has no code for, or -1 when ICU has no GB2312 converter. A simplified text
/// has almost none outside GB2312; a traditional one has many (們, 會, 議): this is how
/// `wengao import` notices traditional characters without a table of its own.
static inline int32_t wengao_hanzi_outside_gb2312(const UChar *text, int32_t length, int32_t *hanzi) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB2312", &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    int32_t outside = 0;
    *hanzi = 0;
    for (int32_t index = 0; index < length; index++) {
        UChar unit = text[index];
        if (unit < 0x4E00 || unit > 0x9FFF) continue;
        (*hanzi)++;
        char bytes[8];
        status = U_ZERO_ERROR;
        ucnv_resetFromUnicode(converter);
        ucnv_fromUChars(converter, bytes, sizeof bytes, &text[index], 1, &status);
        if (U_FAILURE(status)) outside++;
    }
    ucnv_close(converter);
    return outside;
}
