#ifndef WENGAO_COPENCC_SHIM_H
#define WENGAO_COPENCC_SHIM_H

// OpenCC's C interface, for `wengao import --simplified` (Sources/WengaoKit/Import/ChineseScript.swift):
// its dictionaries convert traditional phrases and characters to simplified, which a
// character-by-character table cannot do (乾 stays in 乾坤, becomes 干 in 乾燥).
//
// libopencc is loaded when a conversion is first asked for, not linked: Debian ships it only as a
// shared library, the release build is one static executable (Scripts/build-release.sh), where
// `-lopencc` cannot be linked, and a run that converts nothing should not load it and its
// C++ dependencies. The pointer types come from opencc.h, so the compiler checks them.
#include <opencc/opencc.h>
#include <dlfcn.h>
#include <stddef.h>

typedef struct {
    __typeof__(opencc_open) *open;
    __typeof__(opencc_close) *close;
    __typeof__(opencc_convert_utf8) *convert;
    __typeof__(opencc_convert_utf8_free) *free_converted;
    __typeof__(opencc_error) *error;
} wengao_opencc_api;

/// Loads libopencc and fills `api`; 1 when every function was found, else 0 with the reason
/// in `reason` (dlerror's text, or NULL).
static inline int wengao_opencc_load(wengao_opencc_api *api, const char **reason) {
    const char *names[] = {"libopencc.so.1.1", "libopencc.so.1", "libopencc.so"};
    void *library = NULL;
    for (size_t index = 0; index < sizeof names / sizeof names[0] && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        *reason = dlerror();
        return 0;
    }
    api->open = (__typeof__(opencc_open) *)dlsym(library, "opencc_open");
    api->close = (__typeof__(opencc_close) *)dlsym(library, "opencc_close");
    api->convert = (__typeof__(opencc_convert_utf8) *)dlsym(library, "opencc_convert_utf8");
    api->free_converted = (__typeof__(opencc_convert_utf8_free) *)dlsym(library, "opencc_convert_utf8_free");
    api->error = (__typeof__(opencc_error) *)dlsym(library, "opencc_error");
    *reason = NULL;
    return api->open && api->close && api->convert && api->free_converted && api->error;
}

#endif
