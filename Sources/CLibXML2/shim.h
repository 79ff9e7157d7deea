/* libxml2 for Swift.
 *
 * Debian builds libxml2 with ICU, so <libxml/encoding.h> includes the system's <unicode/ucnv.h>. Those ICU
 * headers clash with the ICU copy inside swift-corelibs-foundation whenever a Swift file imports both
 * Foundation and this module. privdoc never touches the ICU-only fields of xmlCharEncodingHandler (it only
 * passes such handlers around by pointer, and only UTF-8 is used), so the ICU part of the header is hidden. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
