#ifndef WENGAO_CLIBXML2_SHIM_H
#define WENGAO_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU support, and its headers then include ICU's
// <unicode/ucnv.h>. Foundation on Linux ships its own ICU module, and the two
// definitions of `UErrorCode` clash ("is not present in definition of 'enum
// UErrorCode'"). Wengao never uses libxml2's ICU encoding hooks, so the flag is
// switched off before any other libxml2 header sees it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>

#endif
