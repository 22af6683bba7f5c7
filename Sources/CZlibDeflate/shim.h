#ifndef WENGAO_CZLIBDEFLATE_SHIM_H
#define WENGAO_CZLIBDEFLATE_SHIM_H

// zlib's raw deflate and crc32, for the package writer. A module of our own (ZIPFoundation's
// CZLib is not a product) so that Wengao can choose the stream's memory level and reuse one
// stream for every entry of a package.
#include <zlib.h>

// deflateInit2 is a macro over deflateInit2_, which Swift cannot import.
static inline int wengao_deflate_init(z_streamp stream, int level, int memory_level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, memory_level, Z_DEFAULT_STRATEGY);
}

#endif
