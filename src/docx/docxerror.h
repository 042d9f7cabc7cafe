// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Redliner::Docx {

// Every failure of the DOCX layer, phrased so that a user can act on it: which file, which place
// in it, and why.
struct DocxError final {
    enum class Code {
        None,
        FileUnreadable,   // cannot open or read the file itself
        NotAZip,          // not a ZIP package (another format, or garbage)
        Encrypted,        // password protected (OLE container or encrypted ZIP entries)
        Truncated,        // ZIP structure damaged or incomplete
        TooLarge,         // limits that protect against ZIP bombs
        MissingPart,      // a part the package needs is not there
        MalformedXml,     // a part is not well-formed XML
        ForbiddenXml,     // DTDs, entity declarations, absurd nesting
        Unsupported,      // well-formed but in a form Redliner does not read (an encoding, say)
        InvalidText,      // text given to the writer that a Word document cannot hold
        EditRefused,      // an edit cannot be written safely
        WriteFailed,      // the output could not be written
    };

    Code code = Code::None;
    QString file;     // the .docx the user gave us
    QString part;     // part inside the package, e.g. "word/document.xml"
    qint64 line = 0;  // 1-based line in the part (0 when not applicable)
    qint64 column = 0;
    QString reason;   // what is wrong, in plain words

    bool isError() const { return code != Code::None; }
    // The input (the document, or text given for it) is at fault, not the edits' placement or
    // the output: a caller reports it as an input error.
    bool isInputError() const;
    // "contract.docx: word/document.xml:12:40: reason"
    QString toString() const;
};

// A value or the reason there is none. The DOCX layer returns these instead of throwing, so that
// QtConcurrent tasks and the CLI handle failures the same way.
template<typename T>
class Outcome final {
public:
    Outcome(T value) : m_value(std::move(value)), m_ok(true) {}
    Outcome(DocxError error) : m_error(std::move(error)) {}

    explicit operator bool() const { return m_ok; }
    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T &&value() && { return std::move(m_value); }
    const DocxError &error() const { return m_error; }

private:
    T m_value{};
    DocxError m_error;
    bool m_ok = false;
};

} // namespace Redliner::Docx
