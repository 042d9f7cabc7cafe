// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Redliner::Docx::Ns {

// Namespaces are resolved by URI, never by prefix: real files use "w:", "ns0:" or a default
// namespace, and Strict OOXML uses other URIs for the same vocabulary.
inline constexpr QStringView WordTransitional = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr QStringView WordStrict = u"http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr QStringView MarkupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr QStringView RelTransitional = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr QStringView RelStrict = u"http://purl.oclc.org/ooxml/officeDocument/relationships";
inline constexpr QStringView Math = u"http://schemas.openxmlformats.org/officeDocument/2006/math";
inline constexpr QStringView MathStrict = u"http://purl.oclc.org/ooxml/officeDocument/math";

inline bool isWord(QStringView uri) { return uri == WordTransitional || uri == WordStrict; }
inline bool isMarkupCompatibility(QStringView uri) { return uri == MarkupCompatibility; }
inline bool isMath(QStringView uri) { return uri == Math || uri == MathStrict; }

} // namespace Redliner::Docx::Ns
