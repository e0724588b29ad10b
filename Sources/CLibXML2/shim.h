#ifndef NEWSMLKIT_CLIBXML2_SHIM_H
#define NEWSMLKIT_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; <libxml/encoding.h> would then pull in the system ICU headers,
// which clash with the toolchain's _FoundationICU module on a clean build. Swift code never
// touches the ICU-dependent tail of xmlCharEncodingHandler, so the undef is safe.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlreader.h>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>
#endif
