#ifndef WENGAO_COPENCC_SHIM_H
#define WENGAO_COPENCC_SHIM_H

// OpenCC's C interface, for `wengao import --simplified` (Sources/WengaoKit/Import/ChineseScript.swift):
// its dictionaries convert traditional characters and phrases to simplified, which a
// character-by-character table cannot do (乾 stays in 乾坤, becomes 干 in 乾燥).
#include <opencc/opencc.h>

#endif
