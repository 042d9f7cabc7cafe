// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagewriter.h"
#include "atomicwrite.h"

#include <QFileInfo>
#include <QSaveFile>

#include <zip.h>

#include <cstdlib>
#include <cstring>

namespace Redliner::Docx {

using namespace Qt::Literals::StringLiterals;

Outcome<QByteArray> rewritePackage(const Package &package, const QHash<QString, QByteArray> &parts)
{
    auto fail = [&](const QString &reason) {
        return package.error(DocxError::Code::WriteFailed, {}, u"cannot be rewritten: "_s + reason);
    };
    // Copy the input into a malloc'd buffer that libzip owns and may replace when it writes.
    void *copy = std::malloc(size_t(qMax<qsizetype>(package.bytes().size(), 1)));
    if (!copy)
        return fail(u"out of memory"_s);
    std::memcpy(copy, package.bytes().constData(), size_t(package.bytes().size()));
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source = zip_source_buffer_create(copy, zip_uint64_t(package.bytes().size()), 1, &zerr);
    if (!source) {
        std::free(copy);
        zip_error_fini(&zerr);
        return fail(u"out of memory"_s);
    }
    zip_t *archive = zip_open_from_source(source, 0, &zerr);
    zip_error_fini(&zerr);
    if (!archive) {
        zip_source_free(source);
        return fail(u"the package is damaged"_s);
    }
    zip_source_keep(source);  // we read the result back out of it after zip_close

    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        void *data = std::malloc(size_t(qMax<qsizetype>(it.value().size(), 1)));
        std::memcpy(data, it.value().constData(), size_t(it.value().size()));
        zip_source_t *entry = zip_source_buffer(archive, data, zip_uint64_t(it.value().size()), 1);
        if (!entry) {
            std::free(data);
            zip_discard(archive);
            zip_source_free(source);
            return fail(u"out of memory"_s);
        }
        // A replaced part is deleted and added anew: libzip ignores a new compression level for
        // an entry that keeps its method, and its default (9) costs several times level 3 for a
        // few per cent of size.
        const QByteArray name = it.key().toUtf8();
        const zip_int64_t existing = zip_name_locate(archive, name.constData(), ZIP_FL_ENC_UTF_8);
        if (existing >= 0)
            zip_delete(archive, zip_uint64_t(existing));
        const zip_int64_t index = zip_file_add(archive, name.constData(), entry, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(entry);
            const QString reason = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            zip_source_free(source);
            return fail(reason);
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 3);
    }
    if (zip_close(archive) != 0) {
        const QString reason = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(source);
        return fail(reason);
    }

    QByteArray out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(source, &st) == 0 && zip_source_open(source) == 0) {
        out.resize(qsizetype(st.size));
        const zip_int64_t n = zip_source_read(source, out.data(), st.size);
        zip_source_close(source);
        if (n < 0 || zip_uint64_t(n) != st.size)
            out.clear();
    }
    zip_source_free(source);
    if (out.isEmpty())
        return fail(u"the new package could not be assembled"_s);
    return out;
}

DocxError saveAtomically(const QString &path, const QByteArray &bytes, const QString &inputPath)
{
    DocxError e;
    e.file = path;
    e.code = DocxError::Code::WriteFailed;
    const QFileInfo target(path);
    if (!inputPath.isEmpty()) {
        const QFileInfo input(inputPath);
        if (target.absoluteFilePath() == input.absoluteFilePath()
            || (target.exists() && target.canonicalFilePath() == input.canonicalFilePath())) {
            e.reason = u"is the input document; Redliner never overwrites the original. Choose another name."_s;
            return e;
        }
    }
    if (const QString why = writeFileAtomically(path, bytes); !why.isEmpty()) {
        e.reason = u"cannot be written: "_s + why;
        return e;
    }
    return {};
}

} // namespace Redliner::Docx
