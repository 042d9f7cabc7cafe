// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

namespace Redliner::Review {

namespace {

// A playbook is a few levels deep; the limit only keeps hostile input from exhausting the stack.
// Below it, deeper values are not mapped and their errors are reported on an ancestor's line.
constexpr int MaxDepth = 256;

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool startsWithBom(QByteArrayView json)
{
    return json.startsWith("\xEF\xBB\xBF");
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

// A recursive-descent reader that keeps only what the locator needs: keys and lines. It assumes
// QJsonDocument has already accepted the text, yet stays bounds-checked and simply stops on
// anything unexpected, so malformed input can never make it misbehave.
class JsonScanner final
{
public:
    JsonScanner(QByteArrayView json, JsonLocator *out) : m_json(json), m_out(out) {}

    void run()
    {
        if (startsWithBom(m_json))
            m_pos = 3;  // Qt accepts a BOM, so the locator must step over it too
        skipSpace();
        if (atEnd())
            return;
        m_out->m_lines.insert(QString(), m_line);
        value(QString(), 0);
    }

private:
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return m_json[m_pos]; }

    // One byte forward, counting line breaks as editors do: \n, \r\n and a lone \r. Qt accepts raw
    // line breaks inside strings, so strings are advanced through here as well.
    void advance()
    {
        const char c = m_json[m_pos++];
        if (c == '\n' || (c == '\r' && (atEnd() || peek() != '\n')))
            ++m_line;
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    bool value(const QString &path, int depth)
    {
        if (depth > MaxDepth)
            return false;
        skipSpace();
        if (atEnd())
            return false;
        switch (peek()) {
        case '{': return object(path, depth);
        case '[': return array(path, depth);
        case '"': return string(nullptr);
        default: return scalar();
        }
    }

    bool object(const QString &path, int depth)
    {
        advance();  // '{'
        skipSpace();
        if (!atEnd() && peek() == '}') {
            advance();
            return true;
        }
        QHash<QString, int> seen;  // key -> line, to find keys given twice
        while (true) {
            skipSpace();
            if (atEnd() || peek() != '"')
                return false;
            const int keyLine = m_line;
            QString key;
            if (!string(&key))
                return false;
            QString memberPath = key;
            if (!path.isEmpty())
                memberPath = path + u'.' + key;
            if (const auto it = seen.constFind(key); it != seen.cend())
                m_out->m_duplicates.append({memberPath, it.value(), keyLine});
            seen.insert(key, keyLine);
            m_out->m_lines.insert(memberPath, keyLine);  // the last one wins, as in QJsonDocument
            skipSpace();
            if (atEnd() || peek() != ':')
                return false;
            advance();
            if (!value(memberPath, depth + 1))
                return false;
            skipSpace();
            if (atEnd())
                return false;
            const char next = peek();
            advance();
            if (next == '}')
                return true;
            if (next != ',')
                return false;
        }
    }

    bool array(const QString &path, int depth)
    {
        advance();  // '['
        skipSpace();
        if (!atEnd() && peek() == ']') {
            advance();
            return true;
        }
        for (int index = 0;; ++index) {
            skipSpace();
            const QString elementPath = path + u'[' + QString::number(index) + u']';
            m_out->m_lines.insert(elementPath, m_line);
            if (!value(elementPath, depth + 1))
                return false;
            skipSpace();
            if (atEnd())
                return false;
            const char next = peek();
            advance();
            if (next == ']')
                return true;
            if (next != ',')
                return false;
        }
    }

    // Reads a string; decodes it into *out when given (keys must compare equal to what Qt decoded,
    // escapes included), otherwise only skips it.
    bool string(QString *out)
    {
        advance();  // opening quote
        QByteArray pending;  // raw UTF-8 since the last escape
        auto flush = [&] {
            if (out && !pending.isEmpty())
                out->append(QString::fromUtf8(pending));
            pending.clear();
        };
        while (!atEnd()) {
            const char c = peek();
            advance();
            if (c == '"') {
                flush();
                return true;
            }
            if (c != '\\') {
                if (out)
                    pending.append(c);
                continue;
            }
            if (atEnd())
                return false;
            const char e = peek();
            advance();
            flush();
            char16_t decoded = 0;
            switch (e) {
            case 'b': decoded = u'\b'; break;
            case 'f': decoded = u'\f'; break;
            case 'n': decoded = u'\n'; break;
            case 'r': decoded = u'\r'; break;
            case 't': decoded = u'\t'; break;
            case 'u': {
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = atEnd() ? -1 : hexValue(peek());
                    if (digit < 0)
                        return false;
                    code = code * 16 + digit;
                    advance();
                }
                // Surrogate halves arrive as two escapes; appended in turn they form the pair.
                decoded = static_cast<char16_t>(code);
                break;
            }
            default:
                // '"', '\\', '/', and whatever else Qt leniently takes as itself.
                decoded = static_cast<char16_t>(static_cast<unsigned char>(e));
                break;
            }
            if (out)
                out->append(QChar(decoded));
        }
        return false;
    }

    bool scalar()
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            advance();
        }
        return m_pos > start;
    }

    QByteArrayView m_json;
    JsonLocator *m_out;
    qsizetype m_pos = 0;
    int m_line = 1;
};

JsonLocator::JsonLocator(QByteArrayView json)
{
    JsonScanner(json, this).run();
}

int JsonLocator::line(const QString &path) const
{
    QString current = path;
    while (true) {
        if (const auto it = m_lines.constFind(current); it != m_lines.cend())
            return it.value();
        if (current.isEmpty())
            return 1;
        current = parentJsonPath(current);
    }
}

JsonLocator::Position JsonLocator::position(QByteArrayView json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    Position result;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = json[i];
        const bool lineBreak = c == '\n' || (c == '\r' && (i + 1 >= json.size() || json[i + 1] != '\n'));
        if (lineBreak) {
            ++result.line;
            lineStart = i + 1;
        }
    }
    if (lineStart == 0 && startsWithBom(json) && offset >= 3)
        lineStart = 3;  // an editor does not show the BOM as a character
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (!isUtf8Continuation(json[i]))
            ++result.column;
    }
    return result;
}

QString parentJsonPath(const QString &path)
{
    const qsizetype cut = qMax(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut < 0 ? QString() : path.left(cut);
}

} // namespace Redliner::Review
