// SPDX-License-Identifier: GPL-3.0-or-later
// redliner-make-nda PAGES OUT.docx [--seed N]: writes a generated NDA for benchmarks and tests.

#include "docxbuilder.h"
#include "ndagenerator.h"

#include <QString>

#include <cstdio>

namespace {

int usage()
{
    std::fputs("usage: redliner-make-nda PAGES OUT.docx [--seed N]\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 5)
        return usage();
    bool ok = false;
    const int pages = QString::fromLocal8Bit(argv[1]).toInt(&ok);
    if (!ok || pages < 1 || pages > 100000)
        return usage();
    quint32 seed = 1;
    if (argc == 5) {
        if (QString::fromLocal8Bit(argv[3]) != u"--seed")
            return usage();
        seed = QString::fromLocal8Bit(argv[4]).toUInt(&ok);
        if (!ok)
            return usage();
    }
    const QString out = QString::fromLocal8Bit(argv[2]);
    QString error;
    if (!Redliner::TestSupport::writeDocx(out, Redliner::TestSupport::generateNda(pages, seed), &error)) {
        std::fprintf(stderr, "redliner-make-nda: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
